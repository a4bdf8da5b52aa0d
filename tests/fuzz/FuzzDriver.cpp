// A standalone stand-in for libFuzzer's main(), so the fuzz target runs as an
// ordinary, deterministic test with any compiler: every file of a seed corpus
// directory, then a fixed number of pseudo-random mutations of them (bit
// flips, byte changes, truncation, deletion and duplication of ranges,
// splicing of two seeds, insertion of JSON tokens and hostile byte
// sequences). The same arguments always run the same inputs, so a failure
// reproduces: run again with QUITTANCE_FUZZ_SAVE_INPUTS=1 and the input that
// made the target abort is left in fuzz-json-crash.bin in the working
// directory (each input is written there before it runs).
//
// Usage: fuzz_json <corpus directory> [mutations, default 20000] [seed]

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QList>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace {

constexpr qsizetype kMaxInputBytes = 256 * 1024;

// SplitMix64: small, fast and the same on every platform.
class Random {
public:
    explicit Random(quint64 seed)
        : m_state(seed) {}

    quint64 next() {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    // Uniform enough in [0, bound) for bound > 0.
    qsizetype below(qsizetype bound) {
        return static_cast<qsizetype>(next() % static_cast<quint64>(bound));
    }

private:
    quint64 m_state;
};

constexpr std::string_view kTokens[] = {
    "{",
    "}",
    "[",
    "]",
    ",",
    ":",
    "\"",
    "null",
    "true",
    "false",
    "0",
    "-0",
    "1e999",
    "12.345",
    "\"1.001\"",
    "\"-1\"",
    "\"0\"",
    "\"\"",
    "\\u0000",
    "\\ud800",
    "\\udc00",
    "\\ud83d\\ude00",
    "\\\"",
    "\xff",
    "\xc0\x80",
    "\xed\xa0\x80",
    "\xf4\x90\x80\x80",
    "\xe2\x82\xac",
    "\xef\xbb\xbf",
    "\"id\":",
    "\"lines\":[",
    "\"totals\":{",
    "\"quantity\":\"1\"",
    "\"colour\":1",
    "\"2025-02-30\"",
    "\"2024-02-29\"",
    "\"00000000-0000-0000-0000-000000000000\"",
    "\"2025-01-01T00:00:00Z\"",
    "\"EUR\"",
    "\"KWD\"",
    "\"JPY\"",
    "\"AE\"",
    "\"credit_note\"",
    "\"quote\"",
    "[[[[[[[[[[[[[[[[[[",
    "{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{",
    "9007199254740993",
};

QByteArray mutate(const QList<QByteArray>& seeds, Random& random) {
    QByteArray data = seeds[random.below(seeds.size())];
    const qsizetype steps = 1 + random.below(4);
    for (qsizetype step = 0; step < steps; ++step) {
        const qsizetype size = data.size();
        const qsizetype pos = size > 0 ? random.below(size) : 0;
        switch (random.below(8)) {
        case 0: // flip one bit
            if (size > 0)
                data[pos] = static_cast<char>(data[pos] ^ (1 << random.below(8)));
            break;
        case 1: // set one byte
            if (size > 0)
                data[pos] = static_cast<char>(random.below(256));
            break;
        case 2: // truncate
            data.truncate(pos);
            break;
        case 3: // delete a range
            data.remove(pos, random.below(32) + 1);
            break;
        case 4: { // duplicate a range
            const QByteArray range = data.mid(pos, random.below(64) + 1);
            data.insert(random.below(data.size() + 1), range);
            break;
        }
        case 5: { // splice with another seed
            const QByteArray& other = seeds[random.below(seeds.size())];
            const qsizetype from = other.isEmpty() ? 0 : random.below(other.size());
            data = data.left(pos) + other.mid(from);
            break;
        }
        default: { // insert a token
            const std::string_view token =
                kTokens[random.below(static_cast<qsizetype>(std::size(kTokens)))];
            data.insert(size > 0 ? random.below(size + 1) : 0,
                        QByteArray(token.data(), static_cast<qsizetype>(token.size())));
            break;
        }
        }
        if (data.size() > kMaxInputBytes)
            data.truncate(kMaxInputBytes);
    }
    return data;
}

void run(const QByteArray& input) {
    // Saved first: if the target aborts, the input is on disk.
    static const char* const kCrashFile = "fuzz-json-crash.bin";
    if (std::getenv("QUITTANCE_FUZZ_SAVE_INPUTS") != nullptr) {
        QFile file(QString::fromLatin1(kCrashFile));
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            file.write(input);
    }
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(input.constData()),
                           static_cast<size_t>(input.size()));
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s <corpus directory> [mutations] [seed]\n", argv[0]);
        return 2;
    }
    const QDir corpus(QString::fromLocal8Bit(argv[1]));
    const long long mutations = argc > 2 ? std::atoll(argv[2]) : 20000;
    const quint64 seed = argc > 3 ? std::strtoull(argv[3], nullptr, 0) : 0x5175697474616E63ULL;

    QList<QByteArray> seeds;
    const QStringList names = corpus.entryList(QDir::Files, QDir::Name);
    for (const QString& name : names) {
        QFile file(corpus.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", qPrintable(file.fileName()));
            return 2;
        }
        seeds.append(file.readAll());
    }
    if (seeds.isEmpty()) {
        std::fprintf(stderr, "no seeds in %s\n", argv[1]);
        return 2;
    }
    for (const QByteArray& input : seeds)
        run(input);

    Random random(seed);
    for (long long i = 0; i < mutations; ++i)
        run(mutate(seeds, random));
    std::printf("fuzz_json: %lld seeds and %lld mutations ran without a property violation\n",
                static_cast<long long>(seeds.size()), mutations);
    return 0;
}
