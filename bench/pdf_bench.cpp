// PDF rendering throughput: a warm 1-page invoice (median of 50), the cost of
// each additional 100 lines ((500-line - 100-line) / 4, medians of 10) and
// documents per second over a batch of 1000 1-page invoices. Every document
// carries the logo and the EPC payment code, as a real invoice would.
// Targets (docs/PERFORMANCE.md): <= 25 ms per 1-page invoice, <= 20 ms per
// additional 100 lines.

#include "PdfFixture.h"

#include <QElapsedTimer>
#include <QGuiApplication>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

using namespace quittance;

namespace {

// CPU time of this thread: on a shared machine wall-clock figures include
// time the scheduler gave to other processes.
double cpuMs() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

double g_lastCpuMs = 0;

double renderMs(const pdf::InvoicePdfRenderer& renderer,
                const pdf::InvoicePdfRenderer::Input& input) {
    QElapsedTimer timer;
    const double cpuStart = cpuMs();
    timer.start();
    const auto bytes = renderer.render(input);
    const qint64 ns = timer.nsecsElapsed();
    g_lastCpuMs = cpuMs() - cpuStart;
    if (!bytes) {
        std::fprintf(stderr, "render failed: %s\n", qPrintable(bytes.error().message));
        std::exit(1);
    }
    return static_cast<double>(ns) / 1e6;
}

struct Median {
    double wall = 0;
    double cpu = 0;
};

Median medianMs(const pdf::InvoicePdfRenderer& renderer,
                const pdf::InvoicePdfRenderer::Input& input, int runs) {
    std::vector<double> wall;
    std::vector<double> cpu;
    for (int i = 0; i < runs; ++i) {
        wall.push_back(renderMs(renderer, input));
        cpu.push_back(g_lastCpuMs);
    }
    std::sort(wall.begin(), wall.end());
    std::sort(cpu.begin(), cpu.end());
    return {wall[wall.size() / 2], cpu[cpu.size() / 2]};
}

pdf::InvoicePdfRenderer::Input withLines(int count, const QByteArray& logo) {
    domain::Document d = test::pdfInvoice();
    d.lines.clear();
    for (int i = 1; i <= count; ++i)
        d.lines.append(test::pdfLine(
            QStringLiteral("Consulting session %1: requirements workshop and written summary")
                .arg(i),
            "1.5", "95.50"));
    return test::pdfInput(d, logo);
}

} // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const pdf::InvoicePdfRenderer renderer;
    const QByteArray logo = test::pdfLogoPng();
    const auto onePage = test::pdfInput(test::pdfInvoice(), logo);

    for (int i = 0; i < 5; ++i) // warm up fonts, caches
        renderMs(renderer, onePage);
    const Median one = medianMs(renderer, onePage, 50);

    const auto hundred = withLines(100, logo);
    const auto fiveHundred = withLines(500, logo);
    const Median t100 = medianMs(renderer, hundred, 10);
    const Median t500 = medianMs(renderer, fiveHundred, 10);
    const double per100 = (t500.wall - t100.wall) / 4;
    const double per100Cpu = (t500.cpu - t100.cpu) / 4;

    QElapsedTimer batch;
    const double batchCpuStart = cpuMs();
    batch.start();
    for (int i = 0; i < 1000; ++i)
        renderMs(renderer, onePage);
    const double batchSeconds = static_cast<double>(batch.nsecsElapsed()) / 1e9;
    const double batchCpuSeconds = (cpuMs() - batchCpuStart) / 1e3;

    const auto pages100 = renderer.summarize(hundred, {});
    const auto pages500 = renderer.summarize(fiveHundred, {});
    std::printf("quittance-bench-pdf (1 thread, logo and EPC QR code on every document)\n");
    std::printf("                                          wall ms    cpu ms\n");
    std::printf("1-page invoice, warm, median of 50:     %8.2f  %8.2f   target <= 25 ms: %s\n",
                one.wall, one.cpu, one.wall <= 25 ? "OK" : "OVER");
    std::printf("100-line invoice (%2d pages), median:    %8.2f  %8.2f\n",
                pages100 ? pages100->pageCount : 0, t100.wall, t100.cpu);
    std::printf("500-line invoice (%2d pages), median:    %8.2f  %8.2f\n",
                pages500 ? pages500->pageCount : 0, t500.wall, t500.cpu);
    std::printf("per additional 100 lines:               %8.2f  %8.2f   target <= 20 ms: %s\n",
                per100, per100Cpu, per100 <= 20 ? "OK" : "OVER");
    std::printf("batch of 1000 1-page invoices:          %8.2f s wall = %.1f documents/s "
                "(%.1f documents/s of CPU time)\n",
                batchSeconds, 1000 / batchSeconds, 1000 / batchCpuSeconds);
    return 0;
}
