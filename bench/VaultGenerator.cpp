#include "VaultGenerator.h"

#include "domain/BusinessProfile.h"
#include "domain/Client.h"
#include "domain/CountryCode.h"
#include "domain/Document.h"
#include "domain/DocumentCalculator.h"
#include "domain/DocumentLifecycle.h"
#include "domain/Payment.h"
#include "domain/Product.h"
#include "services/NumberingSettings.h"
#include "storage/AuditLog.h"
#include "storage/EntityCodec.h"
#include "storage/SqlDocumentRepository.h"
#include "storage/SqlRecordTable.h"
#include "storage/SqlSettingsRepository.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QSet>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <deque>
#include <map>
#include <random>
#include <vector>

namespace quittance::bench {

using domain::Currency;
using domain::Decimal;
using domain::Document;
using domain::DocumentLine;
using domain::DocumentStatus;
using domain::DocumentType;
using domain::ErrorCode;
using domain::Money;
using domain::TaxCategory;
using storage::SqlDocumentRepository;

namespace {

// ---------------------------------------------------------------------------
// Randomness. The engine is std::mt19937_64 (its output is fixed by the
// standard); the distributions are written out here because the standard
// library's are not, so a seed gives the same data with any library.

class Rng {
public:
    explicit Rng(quint64 seed)
        : m_engine(seed) {}

    quint64 next() { return m_engine(); }
    // Uniform in [0, n).
    int below(int n) {
        Q_ASSERT(n > 0);
        return static_cast<int>(next() % static_cast<quint64>(n));
    }
    // Uniform in [low, high].
    int between(int low, int high) { return low + below(high - low + 1); }
    // Uniform in [0, 1).
    double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    bool chance(double probability) { return unit() < probability; }
    template <typename T>
    const T& pick(const std::vector<T>& items) {
        return items[static_cast<std::size_t>(below(static_cast<int>(items.size())))];
    }
    QString pickText(const std::vector<const char*>& items) {
        return QString::fromUtf8(pick(items));
    }
    // A version 4 UUID drawn from the engine, so that ids are reproducible.
    QUuid uuid() {
        const quint64 high = next();
        const quint64 low = next();
        return QUuid(static_cast<uint>(high >> 32), static_cast<ushort>(high >> 16),
                     static_cast<ushort>((high & 0x0fffu) | 0x4000u),
                     static_cast<uchar>(((low >> 56) & 0x3fu) | 0x80u),
                     static_cast<uchar>(low >> 48), static_cast<uchar>(low >> 40),
                     static_cast<uchar>(low >> 32), static_cast<uchar>(low >> 24),
                     static_cast<uchar>(low >> 16), static_cast<uchar>(low >> 8),
                     static_cast<uchar>(low));
    }

private:
    std::mt19937_64 m_engine;
};

// Index 0..n-1 with weight 1/(k+1)^s: a few items are common, the tail rare.
class Zipf {
public:
    Zipf(int n, double exponent) {
        Q_ASSERT(n > 0);
        double sum = 0;
        m_cumulative.reserve(static_cast<std::size_t>(n));
        for (int k = 0; k < n; ++k) {
            sum += 1.0 / std::pow(static_cast<double>(k + 1), exponent);
            m_cumulative.push_back(sum);
        }
        for (double& value : m_cumulative)
            value /= sum;
    }
    int pick(Rng& rng) const {
        const double u = rng.unit();
        const auto it = std::upper_bound(m_cumulative.begin(), m_cumulative.end(), u);
        const auto index = std::min<std::ptrdiff_t>(
            it - m_cumulative.begin(), static_cast<std::ptrdiff_t>(m_cumulative.size()) - 1);
        return static_cast<int>(index);
    }

private:
    std::vector<double> m_cumulative;
};

// '#' becomes a digit, '@' an upper-case letter; anything else is kept.
QString fillPattern(Rng& rng, const char* pattern) {
    QString out;
    for (const char* p = pattern; *p; ++p) {
        if (*p == '#')
            out += QLatin1Char(static_cast<char>('0' + rng.below(10)));
        else if (*p == '@')
            out += QLatin1Char(static_cast<char>('A' + rng.below(26)));
        else
            out += QLatin1Char(*p);
    }
    return out;
}

// ---------------------------------------------------------------------------
// Vocabulary.

struct CountryData {
    const char* code;
    int weight; // per mille of clients
    const char* vatPattern;
    double vatShare; // share of clients with a VAT ID
    const char* postalPattern;
    bool numberFirst; // "12 Main Street" rather than "Hauptstraße 12"
    bool german;      // German company words and document language
    const char* currency;
    double currencyShare; // share of clients billed in `currency` (else EUR)
    std::vector<const char*> cities;
    std::vector<const char*> streets;
    std::vector<const char*> surnames;
    std::vector<const char*> legalForms;
};

const std::vector<CountryData>& countries() {
    static const std::vector<CountryData> table = {
        {"DE",
         550,
         "DE#########",
         0.5,
         "#####",
         false,
         true,
         "EUR",
         1.0,
         {"Berlin", "Hamburg", "München", "Köln", "Frankfurt am Main", "Stuttgart", "Düsseldorf",
          "Leipzig", "Dresden", "Nürnberg", "Hannover", "Bremen", "Freiburg im Breisgau", "Münster",
          "Potsdam", "Kiel"},
         {"Hauptstraße", "Bahnhofstraße", "Gartenweg", "Schillerstraße", "Goethestraße",
          "Lindenallee", "Am Markt", "Berliner Straße", "Kirchgasse", "Mühlenweg", "Rosenstraße",
          "Friedrichstraße"},
         {"Müller",   "Schmidt", "Schneider", "Fischer",    "Weber",   "Meyer",  "Wagner",
          "Becker",   "Schulz",  "Hoffmann",  "Koch",       "Richter", "Klein",  "Wolf",
          "Schröder", "Neumann", "Schwarz",   "Zimmermann", "Braun",   "Krüger", "Hartmann",
          "Lange",    "Werner",  "Krause",    "Lehmann",    "Köhler",  "Jäger",  "Vogel"},
         {"GmbH", "GmbH & Co. KG", "UG (haftungsbeschränkt)", "AG", "e.K.", "KG", "OHG"}},
        {"AT",
         60,
         "ATU########",
         0.7,
         "####",
         false,
         true,
         "EUR",
         1.0,
         {"Wien", "Graz", "Linz", "Salzburg", "Innsbruck", "Klagenfurt"},
         {"Mariahilfer Straße", "Landstraßer Hauptstraße", "Herrengasse", "Getreidegasse"},
         {"Gruber", "Huber", "Bauer", "Wagner", "Pichler", "Steiner", "Moser", "Mayer"},
         {"GmbH", "KG", "OG", "e.U."}},
        {"FR",
         50,
         "FR###########",
         0.7,
         "#####",
         true,
         false,
         "EUR",
         1.0,
         {"Paris", "Lyon", "Marseille", "Toulouse", "Bordeaux", "Nantes", "Lille"},
         {"rue de la République", "avenue Victor Hugo", "boulevard Voltaire", "rue des Lilas"},
         {"Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Laurent", "Girard", "Roux",
          "Fournier"},
         {"SARL", "SAS", "SA", "EURL"}},
        {"NL",
         40,
         "NL#########B01",
         0.7,
         "#### @@",
         false,
         false,
         "EUR",
         1.0,
         {"Amsterdam", "Rotterdam", "Utrecht", "Den Haag", "Eindhoven", "Groningen"},
         {"Keizersgracht", "Prinsengracht", "Stationsweg", "Kerkstraat"},
         {"de Jong", "Jansen", "de Vries", "van den Berg", "Bakker", "Visser", "Smit", "Meijer"},
         {"B.V.", "V.O.F.", "N.V."}},
        {"IT",
         30,
         "IT###########",
         0.7,
         "#####",
         false,
         false,
         "EUR",
         1.0,
         {"Milano", "Roma", "Torino", "Bologna", "Firenze"},
         {"Via Roma", "Corso Italia", "Via Garibaldi", "Piazza del Duomo"},
         {"Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci"},
         {"S.r.l.", "S.p.A.", "S.n.c."}},
        {"ES",
         30,
         "ESB########",
         0.7,
         "#####",
         false,
         false,
         "EUR",
         1.0,
         {"Madrid", "Barcelona", "Valencia", "Sevilla", "Bilbao"},
         {"Calle Mayor", "Gran Vía", "Avenida de la Constitución"},
         {"García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez"},
         {"S.L.", "S.A."}},
        {"BE",
         20,
         "BE0#########",
         0.7,
         "####",
         false,
         false,
         "EUR",
         1.0,
         {"Bruxelles", "Antwerpen", "Gent", "Liège"},
         {"Rue Neuve", "Meir", "Veldstraat"},
         {"Peeters", "Janssens", "Maes", "Dubois", "Lambert"},
         {"BV", "SRL", "NV"}},
        {"PL",
         20,
         "PL##########",
         0.7,
         "##-###",
         false,
         false,
         "EUR",
         1.0,
         {"Warszawa", "Kraków", "Wrocław", "Gdańsk", "Poznań"},
         {"ul. Marszałkowska", "ul. Długa", "ul. Floriańska"},
         {"Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kamiński"},
         {"Sp. z o.o.", "S.A.", "s.c."}},
        {"SE",
         20,
         "SE##########01",
         0.7,
         "### ##",
         false,
         false,
         "EUR",
         1.0,
         {"Stockholm", "Göteborg", "Malmö", "Uppsala"},
         {"Drottninggatan", "Storgatan", "Kungsgatan"},
         {"Andersson", "Johansson", "Karlsson", "Nilsson", "Lindqvist"},
         {"AB", "HB"}},
        {"IE",
         20,
         "IE#######@",
         0.7,
         "@## @###",
         true,
         false,
         "EUR",
         1.0,
         {"Dublin", "Cork", "Galway", "Limerick"},
         {"Grafton Street", "O'Connell Street", "Main Street"},
         {"Murphy", "Kelly", "O'Sullivan", "Walsh", "Byrne"},
         {"Ltd", "DAC"}},
        {"DK",
         10,
         "DK########",
         0.7,
         "####",
         false,
         false,
         "EUR",
         1.0,
         {"København", "Aarhus", "Odense"},
         {"Strøget", "Vesterbrogade", "Nørregade"},
         {"Jensen", "Nielsen", "Hansen", "Pedersen"},
         {"ApS", "A/S"}},
        {"US",
         70,
         "",
         0.0,
         "#####",
         true,
         false,
         "USD",
         0.85,
         {"New York", "San Francisco", "Austin", "Seattle", "Boston", "Chicago"},
         {"Main Street", "Market Street", "5th Avenue", "Broadway", "Elm Street"},
         {"Smith", "Johnson", "Williams", "Brown", "Miller", "Davis", "Garcia", "Wilson"},
         {"Inc.", "LLC", "Corp."}},
        {"GB",
         40,
         "GB#########",
         0.5,
         "@@# #@@",
         true,
         false,
         "GBP",
         0.8,
         {"London", "Manchester", "Bristol", "Edinburgh", "Leeds"},
         {"High Street", "Church Road", "Station Road", "Victoria Street"},
         {"Taylor", "Davies", "Evans", "Wilson", "Thomas", "Roberts"},
         {"Ltd", "LLP", "plc"}},
        {"CH",
         20,
         "CHE#########",
         0.6,
         "####",
         false,
         true,
         "EUR",
         1.0,
         {"Zürich", "Basel", "Bern", "Genève", "Luzern"},
         {"Bahnhofstrasse", "Limmatquai", "Marktgasse"},
         {"Meier", "Keller", "Brunner", "Baumann", "Frei"},
         {"AG", "GmbH"}},
        {"JP",
         20,
         "",
         0.0,
         "###-####",
         true,
         false,
         "JPY",
         0.9,
         {"Tokyo", "Osaka", "Kyoto", "Yokohama"},
         {"Marunouchi", "Shibuya", "Umeda", "Minatomirai"},
         {"Tanaka", "Suzuki", "Takahashi", "Watanabe", "Ito"},
         {"K.K.", "Co., Ltd."}},
    };
    return table;
}

const std::vector<const char*> kFirstNames = {
    "Anna",  "Lukas", "Marie", "Jonas", "Sophie", "Felix", "Emma", "Paul", "Laura", "Max",
    "Julia", "Leon",  "Clara", "David", "Sarah",  "Tom",   "Nina", "Jan",  "Lea",   "Elias"};
const std::vector<const char*> kIndustryGerman = {
    "Bau",       "Holzbau", "Werbeagentur",  "Steuerberatung", "Architekten", "Elektrotechnik",
    "Metallbau", "Medien",  "Software",      "Immobilien",     "Druckerei",   "Gartenbau",
    "Logistik",  "Verlag",  "Zahnarztpraxis"};
const std::vector<const char*> kIndustry = {
    "Digital",  "Media",    "Systems",    "Solutions",   "Studio",    "Labs",
    "Partners", "Software", "Architects", "Engineering", "Logistics", "Marketing",
    "Print",    "Foods",    "Energy",     "Interiors",   "Analytics", "Ventures",
    "Robotics", "Textiles", "Publishing", "Travel",      "Health",    "Records"};
const std::vector<const char*> kBrands = {
    "Nordlicht", "Bluewave", "Greenfield", "Silverline", "Brightside", "Redwood", "Skyline",
    "Ironbark",  "Lumen",    "Polaris",    "Cobalt",     "Meridian",   "Horizon", "Evergreen",
    "Falcon",    "Kestrel",  "Quartz",     "Nimbus",     "Zephyr",     "Seeblick"};

// Line vocabulary, most frequent first (drawn with Zipf weights).
const std::vector<const char*> kServices = {
    "Consulting",  "Design",      "Development",  "Workshop",           "Support",
    "Maintenance", "Review",      "Copywriting",  "Translation",        "Training",
    "Research",    "Photography", "Illustration", "Project management", "Migration",
    "Audit",       "Hosting",     "Coaching",     "Moderation",         "Prototyping",
    "Testing",     "Animation",   "Localisation", "Typesetting"};
const std::vector<const char*> kTopics = {"website relaunch",
                                          "brand identity",
                                          "online shop",
                                          "newsletter",
                                          "annual report",
                                          "mobile app",
                                          "product catalogue",
                                          "onboarding flow",
                                          "API integration",
                                          "trade fair booth",
                                          "style guide",
                                          "landing page",
                                          "database schema",
                                          "customer portal",
                                          "social media campaign",
                                          "image film",
                                          "packaging",
                                          "user interviews",
                                          "accessibility",
                                          "search engine optimisation",
                                          "checkout",
                                          "booking system",
                                          "intranet",
                                          "press kit",
                                          "data protection documentation",
                                          "payment integration",
                                          "podcast",
                                          "event signage",
                                          "photo shoot",
                                          "reporting dashboard",
                                          "CRM import",
                                          "print brochure",
                                          "conference talk",
                                          "team offsite",
                                          "recruiting page",
                                          "sustainability report"};
const std::vector<const char*> kCodenames = {
    "Atlas",   "Nordstern", "Kestrel",   "Obsidian", "Tidewater", "Juniper",  "Aurora",  "Basalt",
    "Cedar",   "Dolomite",  "Ember",     "Fjord",    "Granite",   "Harbor",   "Iris",    "Jasper",
    "Lagoon",  "Marble",    "Nebula",    "Onyx",     "Pebble",    "Quarry",   "Rowan",   "Sequoia",
    "Tundra",  "Umber",     "Vesper",    "Willow",   "Yarrow",    "Zenith",   "Alder",   "Birch",
    "Comet",   "Delta",     "Echo",      "Glacier",  "Heron",     "Indigo",   "Larch",   "Mistral",
    "Orchid",  "Prism",     "Raven",     "Sierra",   "Topaz",     "Vortex",   "Wren",    "Xenon",
    "Yucca",   "Saffron",   "Bergamot",  "Tamarind", "Halcyon",   "Solstice", "Equinox", "Cirrus",
    "Stratus", "Meltwater", "Driftwood", "Lodestar"};
const std::vector<const char*> kMonthNames = {"January",   "February", "March",    "April",
                                              "May",       "June",     "July",     "August",
                                              "September", "October",  "November", "December"};
const std::vector<const char*> kNotesEnglish = {
    "Thank you for your business.", "Payable by bank transfer within the stated terms.",
    "Please quote the invoice number with your payment.", "As agreed in our call.",
    "Travel time is billed at half the hourly rate."};
const std::vector<const char*> kNotesGerman = {
    "Vielen Dank für Ihren Auftrag.", "Bitte geben Sie bei der Zahlung die Rechnungsnummer an.",
    "Wie telefonisch besprochen.", "Zahlbar ohne Abzug innerhalb der genannten Frist."};
const std::vector<const char*> kPaymentMethods = {"bank transfer", "bank transfer", "bank transfer",
                                                  "bank transfer", "card",          "PayPal"};

struct ProductTemplate {
    const char* name;
    const char* unit;
    qint64 priceCents; // EUR
    TaxCategory category;
    int rate;
};

// Most frequently billed first.
const std::vector<ProductTemplate> kProducts = {
    {"Consulting hour", "HUR", 9500, TaxCategory::StandardRate, 19},
    {"Web development hour", "HUR", 9000, TaxCategory::StandardRate, 19},
    {"Project management hour", "HUR", 8500, TaxCategory::StandardRate, 19},
    {"Maintenance retainer (monthly)", "MON", 45000, TaxCategory::StandardRate, 19},
    {"Website hosting (monthly)", "MON", 2990, TaxCategory::StandardRate, 19},
    {"UX design day", "DAY", 64000, TaxCategory::StandardRate, 19},
    {"Backend development day", "DAY", 72000, TaxCategory::StandardRate, 19},
    {"Travel expenses (per km)", "KMT", 30, TaxCategory::StandardRate, 19},
    {"Code review hour", "HUR", 9500, TaxCategory::StandardRate, 19},
    {"Workshop day (on site)", "DAY", 180000, TaxCategory::StandardRate, 19},
    {"Senior consulting hour", "HUR", 13500, TaxCategory::StandardRate, 19},
    {"Frontend development day", "DAY", 68000, TaxCategory::StandardRate, 19},
    {"Copywriting (per page)", "C62", 12000, TaxCategory::StandardRate, 19},
    {"Proofreading hour", "HUR", 5500, TaxCategory::StandardRate, 19},
    {"Style guide (printed book)", "C62", 2490, TaxCategory::StandardRate, 7},
    {"Support ticket", "C62", 3500, TaxCategory::StandardRate, 19},
    {"Logo design package", "C62", 120000, TaxCategory::StandardRate, 19},
    {"Online training session", "HUR", 12000, TaxCategory::StandardRate, 19},
    {"Managed WordPress (monthly)", "MON", 7900, TaxCategory::StandardRate, 19},
    {"Domain registration (yearly)", "ANN", 1900, TaxCategory::StandardRate, 19},
    {"Image editing (per image)", "C62", 1500, TaxCategory::StandardRate, 19},
    {"Printed brochures (100 copies)", "C62", 24000, TaxCategory::StandardRate, 19},
    {"Workshop half day", "C62", 95000, TaxCategory::StandardRate, 19},
    {"E-book: Design handbook", "C62", 1990, TaxCategory::StandardRate, 7},
    {"Photography day rate", "DAY", 95000, TaxCategory::StandardRate, 19},
    {"Illustration (full page)", "C62", 45000, TaxCategory::StandardRate, 19},
    {"Video editing hour", "HUR", 7500, TaxCategory::StandardRate, 19},
    {"Coaching session", "HUR", 15000, TaxCategory::StandardRate, 19},
    {"Translation DE>EN (per standard page)", "C62", 4500, TaxCategory::StandardRate, 19},
    {"Workshop materials (per participant)", "C62", 2500, TaxCategory::StandardRate, 7},
    {"SSL certificate (yearly)", "ANN", 4900, TaxCategory::StandardRate, 19},
    {"Server setup", "LS", 85000, TaxCategory::StandardRate, 19},
    {"Data migration", "LS", 150000, TaxCategory::StandardRate, 19},
    {"Social media content (monthly)", "MON", 120000, TaxCategory::StandardRate, 19},
    {"Newsletter template", "C62", 38000, TaxCategory::StandardRate, 19},
    {"Icon set (24 icons)", "C62", 60000, TaxCategory::StandardRate, 19},
    {"UX research interview", "C62", 25000, TaxCategory::StandardRate, 19},
    {"Business cards (250)", "C62", 4500, TaxCategory::StandardRate, 19},
    {"Training seminar (per participant)", "C62", 39000, TaxCategory::StandardRate, 19},
    {"Software licence (yearly)", "ANN", 49900, TaxCategory::StandardRate, 19},
    {"Stock photo licence", "C62", 4900, TaxCategory::StandardRate, 19},
    {"Trade fair ticket", "C62", 14900, TaxCategory::StandardRate, 7},
    {"SEO audit", "LS", 90000, TaxCategory::StandardRate, 19},
    {"Security audit", "LS", 320000, TaxCategory::StandardRate, 19},
    {"Accessibility review", "LS", 110000, TaxCategory::StandardRate, 19},
    {"Performance tuning day", "DAY", 78000, TaxCategory::StandardRate, 19},
    {"Corporate design manual", "C62", 280000, TaxCategory::StandardRate, 19},
    {"Photo prints (A3)", "C62", 1800, TaxCategory::StandardRate, 19},
    {"Solar module 410 W", "C62", 18900, TaxCategory::ZeroRated, 0},
    {"Balcony solar installation", "LS", 65000, TaxCategory::ZeroRated, 0},
};

// ---------------------------------------------------------------------------
// Generated entities.

enum class Regime {
    Domestic,   // German VAT (also EU consumers without a VAT ID)
    EuBusiness, // reverse charge (AE)
    OutsideEu,  // outside the scope of German VAT (O)
};

struct ClientRecord {
    domain::Client client;
    QString id;
    Regime regime = Regime::Domestic;
    Currency currency;
};

struct ProductRecord {
    domain::Product product;
    const ProductTemplate* source = nullptr;
};

struct OpenInvoice {
    QUuid uuid;
    QString number;
    int client = 0;
    Currency currency;
    QList<DocumentLine> lines;
    qint64 grossMinor = 0;
};

enum class Kind { Invoice, CreditNote, Quote, Draft };

QString idOf(const QUuid& uuid) {
    return uuid.toString(QUuid::WithoutBraces);
}

Decimal decimalFromCents(qint64 cents) {
    return Decimal::fromScaled(cents * (Decimal::kScale / 100));
}

// A EUR price in cents converted to `currency` at a fixed illustrative rate,
// as the unit price of a line.
Decimal priceIn(qint64 euroCents, const Currency& currency) {
    const QString& code = currency.code();
    if (code == QStringLiteral("USD"))
        return decimalFromCents(euroCents * 108 / 100);
    if (code == QStringLiteral("GBP"))
        return decimalFromCents(std::max<qint64>(1, euroCents * 86 / 100));
    if (code == QStringLiteral("JPY"))
        return Decimal::fromScaled(std::max<qint64>(1, euroCents * 165 / 100) * Decimal::kScale);
    return decimalFromCents(euroCents);
}

Decimal quantityFor(Rng& rng, const QString& unit) {
    constexpr qint64 kHalf = Decimal::kScale / 2;
    if (unit == QStringLiteral("HUR"))
        return Decimal::fromScaled(rng.between(1, 80) * kHalf);
    if (unit == QStringLiteral("DAY"))
        return Decimal::fromScaled(rng.between(1, 20) * kHalf);
    if (unit == QStringLiteral("MON"))
        return Decimal::fromScaled((rng.chance(0.7) ? 1 : rng.between(2, 12)) * Decimal::kScale);
    if (unit == QStringLiteral("KMT"))
        return Decimal::fromScaled(rng.between(20, 900) * Decimal::kScale);
    if (unit == QStringLiteral("ANN") || unit == QStringLiteral("LS"))
        return Decimal::fromScaled(Decimal::kScale);
    return Decimal::fromScaled((rng.chance(0.6) ? 1 : rng.between(2, 12)) * Decimal::kScale);
}

QString slug(const QString& name) {
    QString out;
    bool dash = false;
    for (const QChar c : name.normalized(QString::NormalizationForm_KD)) {
        if (c.unicode() < 128 && c.isLetterOrNumber()) {
            out += c.toLower();
            dash = false;
        } else if (!dash && !out.isEmpty() &&
                   (c.isSpace() || c == QLatin1Char('&') || c == QLatin1Char('-'))) {
            out += QLatin1Char('-');
            dash = true;
        }
    }
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out.left(40).isEmpty() ? QStringLiteral("client") : out.left(40);
}

QString stamp(const QDate& date, Rng& rng) {
    return storage::AuditLog::timestamp(
        QDateTime(date, QTime(rng.between(7, 18), rng.below(60), rng.below(60)), Qt::UTC));
}

// ---------------------------------------------------------------------------

class Run {
public:
    Run(storage::Vault& vault, const VaultGenerator::Options& options)
        : m_vault(vault)
        , m_options(options)
        , m_rng(options.seed)
        , m_services(static_cast<int>(kServices.size()), 1.1)
        , m_topics(static_cast<int>(kTopics.size()), 0.9)
        , m_codenames(static_cast<int>(kCodenames.size()), 1.2)
        , m_products(std::max(1, options.products), 0.9)
        , m_clientActivity(std::max(1, options.clients), 0.8)
        , m_eur(*Currency::fromCode(u"EUR")) {}

    domain::Result<VaultGenerator::Stats> run();

private:
    domain::Status setUp();
    domain::BusinessProfile makeProfile() const;
    ClientRecord makeClient(QSet<QString>& names);
    void planSlots();
    domain::Status writeBatch(storage::Writer& writer, std::size_t first, std::size_t end);
    domain::Status writeSlot(storage::Writer& writer, std::size_t index);
    domain::Status writeInvoice(storage::Writer& writer, const QDate& date, bool planted);
    domain::Status writeCreditNote(storage::Writer& writer, const QDate& date);
    domain::Status writeQuote(storage::Writer& writer, const QDate& date);
    domain::Status writeDraft(storage::Writer& writer, const QDate& date);
    domain::Status writeSequences(storage::Writer& writer);

    Document baseDocument(DocumentType type, int client, const QDate& date);
    DocumentLine makeLine(const ClientRecord& client, const QDate& date);
    QList<DocumentLine> makeLines(const ClientRecord& client, const QDate& date);
    domain::Result<QString> takeNumber(DocumentType type, const QDate& date);
    domain::Result<domain::DocumentTotals> store(storage::Writer& writer, const Document& document,
                                                 const ClientRecord& client,
                                                 DocumentStatus finalStatus, const QString& now);
    domain::Status pay(storage::Writer& writer, const QString& id, const Currency& currency,
                       qint64 amountMinor, const QDate& date, DocumentStatus newStatus,
                       const QString& now);
    TaxCategory categoryFor(const ClientRecord& client, TaxCategory productCategory) const;

    storage::Vault& m_vault;
    VaultGenerator::Options m_options;
    Rng m_rng;
    Zipf m_services;
    Zipf m_topics;
    Zipf m_codenames;
    Zipf m_products;
    Zipf m_clientActivity;
    Currency m_eur;

    domain::BusinessProfile m_profile;
    std::vector<ClientRecord> m_clients;
    std::vector<ProductRecord> m_productRecords;
    std::map<DocumentType, services::NumberingSettings> m_numbering;
    std::vector<QDate> m_slotDates;
    std::vector<Kind> m_slotKinds;
    std::vector<bool> m_planted;
    std::deque<OpenInvoice> m_creditable;
    VaultGenerator::Stats m_stats;
};

domain::BusinessProfile Run::makeProfile() const {
    domain::BusinessProfile p;
    p.legalName = QStringLiteral("Lena Hoffmann Design & Development");
    p.address.lines = {QString::fromUtf8("Kastanienallee 42")};
    p.address.postalCode = QStringLiteral("10435");
    p.address.city = QStringLiteral("Berlin");
    p.address.country = QStringLiteral("DE");
    p.vatId = QStringLiteral("DE287654321");
    p.taxNumber = QStringLiteral("37/123/45678");
    p.email = QStringLiteral("invoices@hoffmann-design.example");
    p.phone = QStringLiteral("+49 30 1234567");
    p.website = QStringLiteral("https://hoffmann-design.example");
    p.iban = QStringLiteral("DE89370400440532013000");
    p.bic = QStringLiteral("COBADEFFXXX");
    p.defaultCurrency = m_eur;
    p.defaultPaymentTermsDays = 14;
    return p.normalized();
}

ClientRecord Run::makeClient(QSet<QString>& names) {
    // Country by weight (per mille).
    const auto& table = countries();
    int roll = m_rng.below(1000);
    const CountryData* country = &table.front();
    for (const CountryData& candidate : table) {
        if (roll < candidate.weight) {
            country = &candidate;
            break;
        }
        roll -= candidate.weight;
    }

    QString name;
    for (int attempt = 0; attempt < 50 && (name.isEmpty() || names.contains(name)); ++attempt) {
        const QString surname = m_rng.pickText(country->surnames);
        const QString form = m_rng.pickText(country->legalForms);
        const int shape = m_rng.below(100);
        if (shape < 45)
            name = QStringLiteral("%1 %2 %3")
                       .arg(surname, m_rng.pickText(country->german ? kIndustryGerman : kIndustry),
                            form);
        else if (shape < 70)
            name = QStringLiteral("%1 & %2 %3")
                       .arg(surname,
                            m_rng.chance(0.4) ? QStringLiteral("Partner")
                                              : m_rng.pickText(country->surnames),
                            form);
        else if (shape < 85)
            name = QStringLiteral("%1 %2 %3")
                       .arg(m_rng.pickText(kBrands), m_rng.pickText(kIndustry), form);
        else
            name = QStringLiteral("%1 %2").arg(m_rng.pickText(kFirstNames), surname);
    }
    if (names.contains(name))
        name += QStringLiteral(" (%1)").arg(names.size());
    names.insert(name);

    ClientRecord record;
    domain::Client& c = record.client;
    c.uuid = m_rng.uuid();
    c.name = name;
    const int number = m_rng.between(1, 180);
    const QString street = m_rng.pickText(country->streets);
    c.billingAddress.lines = {country->numberFirst
                                  ? QStringLiteral("%1 %2").arg(number).arg(street)
                                  : QStringLiteral("%1 %2").arg(street).arg(number)};
    c.billingAddress.postalCode = fillPattern(m_rng, country->postalPattern);
    c.billingAddress.city = m_rng.pickText(country->cities);
    c.billingAddress.country = QString::fromLatin1(country->code);
    if (m_rng.chance(0.5))
        c.contactPerson = QStringLiteral("%1 %2").arg(m_rng.pickText(kFirstNames),
                                                      m_rng.pickText(country->surnames));
    c.email = QStringLiteral("accounts@%1.example").arg(slug(name));
    if (*country->vatPattern && m_rng.chance(country->vatShare))
        c.vatId = fillPattern(m_rng, country->vatPattern);
    c.language =
        country->german ? domain::DocumentLanguage::German : domain::DocumentLanguage::English;
    if (m_rng.chance(0.6))
        c.paymentTermsDays =
            std::array{7, 14, 14, 30, 30, 30, 45, 60}[static_cast<std::size_t>(m_rng.below(8))];
    record.currency = m_eur;
    if (QLatin1String(country->currency) != QLatin1String("EUR") &&
        m_rng.chance(country->currencyShare)) {
        record.currency = *Currency::fromCode(QString::fromLatin1(country->currency));
        c.defaultCurrency = record.currency;
    }
    const QString code = c.billingAddress.country;
    if (code == QStringLiteral("DE"))
        record.regime = Regime::Domestic;
    else if (domain::CountryCode::isEuMember(code))
        record.regime = c.vatId.isEmpty() ? Regime::Domestic : Regime::EuBusiness;
    else
        record.regime = Regime::OutsideEu;
    record.client = c.normalized();
    record.id = idOf(c.uuid);
    return record;
}

domain::Status Run::setUp() {
    m_profile = makeProfile();
    if (auto ok = m_profile.validate(); !ok)
        return ok;
    QSet<QString> names;
    for (int i = 0; i < m_options.clients; ++i) {
        ClientRecord record = makeClient(names);
        if (auto ok = record.client.validate(); !ok)
            return domain::fail(ok.error().code, QStringLiteral("generated client %1: %2 (%3)")
                                                     .arg(i)
                                                     .arg(ok.error().message, ok.error().field));
        if (m_stats.domesticClient.isNull() &&
            record.client.billingAddress.country == QStringLiteral("DE") &&
            record.currency == m_eur)
            m_stats.domesticClient = record.client.uuid;
        m_clients.push_back(std::move(record));
    }
    for (int i = 0; i < m_options.products; ++i) {
        const ProductTemplate& source = kProducts[static_cast<std::size_t>(i) % kProducts.size()];
        const int round = i / static_cast<int>(kProducts.size());
        ProductRecord record;
        domain::Product& p = record.product;
        p.uuid = m_rng.uuid();
        p.name = QString::fromUtf8(source.name);
        if (round > 0)
            p.name += QStringLiteral(" (variant %1)").arg(round + 1);
        p.unitCode = QString::fromLatin1(source.unit);
        p.unitPrice = decimalFromCents(source.priceCents * (10 + round) / 10);
        p.taxCategory = source.category;
        p.taxRate = Decimal::fromScaled(source.rate * Decimal::kScale);
        record.source = &source;
        if (auto ok = p.validate(); !ok)
            return ok;
        m_productRecords.push_back(std::move(record));
    }

    auto written = m_vault.write(
        {QStringLiteral("generator"), QStringLiteral("generator.setup"), QStringLiteral("vault"),
         m_vault.id(),
         QJsonObject{{QStringLiteral("clients"), m_options.clients},
                     {QStringLiteral("products"), m_options.products},
                     {QStringLiteral("seed"), QString::number(m_options.seed)}}},
        [&](storage::Writer& writer) -> domain::Status {
            // Set up on the first day of the period, so that the rows are reproducible.
            const QString now = storage::AuditLog::timestamp(
                QDateTime(m_options.today.addYears(-m_options.years), QTime(9, 0), Qt::UTC));
            if (auto ok = storage::SqlSettingsRepository::setProfile(writer, m_profile, now); !ok)
                return ok;
            for (const auto& [type, pattern] :
                 {std::pair{DocumentType::Invoice, "INV-{YYYY}-{SEQ:5}"},
                  std::pair{DocumentType::CreditNote, "CN-{YYYY}-{SEQ:5}"},
                  std::pair{DocumentType::Quote, "Q-{YYYY}-{SEQ:5}"}}) {
                if (auto ok = services::NumberingSettings::store(
                        writer, type, QString::fromLatin1(pattern), QStringLiteral("yearly"));
                    !ok)
                    return ok;
                auto loaded = services::NumberingSettings::load(writer, type);
                if (!loaded)
                    return std::unexpected(loaded.error());
                m_numbering.insert_or_assign(type, std::move(*loaded));
            }
            const storage::SqlRecordTable clients(storage::SqlRecordTable::Table::Clients);
            for (const ClientRecord& record : m_clients) {
                if (auto ok = clients.insert(
                        writer, {record.id, record.client.name, false,
                                 storage::EntityCodec::encodeClient(record.client), 1, now});
                    !ok)
                    return ok;
            }
            const storage::SqlRecordTable products(storage::SqlRecordTable::Table::Products);
            for (const ProductRecord& record : m_productRecords) {
                if (auto ok = products.insert(
                        writer, {idOf(record.product.uuid), record.product.name, false,
                                 storage::EntityCodec::encodeProduct(record.product), 1, now});
                    !ok)
                    return ok;
            }
            return {};
        });
    if (!written)
        return std::unexpected(written.error());
    m_stats.clients = m_options.clients;
    m_stats.products = m_options.products;
    return {};
}

void Run::planSlots() {
    const QDate today = m_options.today;
    const QDate start = today.addYears(-m_options.years);
    const auto span = static_cast<double>(start.daysTo(today));
    const auto count = static_cast<std::size_t>(m_options.documents);
    m_slotDates.reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
        // The business grows: later days carry more documents. Weekends are rare.
        QDate date;
        do {
            const double u = std::pow(m_rng.unit(), 0.75);
            date = start.addDays(static_cast<qint64>(std::floor(u * span)) + 1);
        } while (date.dayOfWeek() >= 6 && m_rng.chance(0.9));
        m_slotDates.push_back(date);
    }
    std::sort(m_slotDates.begin(), m_slotDates.end());

    m_slotKinds.reserve(count);
    for (const QDate& date : m_slotDates) {
        const qint64 age = date.daysTo(today);
        const double draft = age < 45 ? 0.20 : 0.002;
        const int roll = m_rng.below(10000);
        const int draftCut = static_cast<int>(draft * 10000);
        if (roll < draftCut)
            m_slotKinds.push_back(Kind::Draft);
        else if (roll < draftCut + 700)
            m_slotKinds.push_back(Kind::Quote);
        else if (roll < draftCut + 700 + 500)
            m_slotKinds.push_back(Kind::CreditNote);
        else
            m_slotKinds.push_back(Kind::Invoice);
    }
    // The rare word goes into a few invoices spread over the range.
    m_planted.assign(count, false);
    const int planted = std::min(VaultGenerator::kRareWordDocuments, m_options.documents);
    for (int k = 0; k < planted; ++k) {
        std::size_t index =
            count * static_cast<std::size_t>(2 * k + 1) / static_cast<std::size_t>(2 * planted);
        index = std::min(index + static_cast<std::size_t>(m_rng.below(7)), count - 1);
        m_planted[index] = true;
        m_slotKinds[index] = Kind::Invoice;
    }
}

TaxCategory Run::categoryFor(const ClientRecord& client, TaxCategory productCategory) const {
    switch (client.regime) {
    case Regime::EuBusiness:
        return TaxCategory::ReverseCharge;
    case Regime::OutsideEu:
        return TaxCategory::OutsideScope;
    case Regime::Domestic:
        break;
    }
    return productCategory;
}

DocumentLine Run::makeLine(const ClientRecord& client, const QDate& date) {
    DocumentLine line;
    TaxCategory category = TaxCategory::StandardRate;
    int rate = 19;
    if (!m_productRecords.empty() && m_rng.chance(0.6)) {
        const ProductRecord& product =
            m_productRecords[static_cast<std::size_t>(m_products.pick(m_rng)) %
                             m_productRecords.size()];
        line.description = product.product.name;
        if (m_rng.chance(0.5))
            line.description +=
                QStringLiteral(", project %1")
                    .arg(QString::fromUtf8(
                        kCodenames[static_cast<std::size_t>(m_codenames.pick(m_rng))]));
        line.unitCode = product.product.unitCode;
        line.unitPrice =
            priceIn(product.product.unitPrice.scaled() / (Decimal::kScale / 100), client.currency);
        line.productUuid = product.product.uuid;
        category = product.product.taxCategory;
        rate = static_cast<int>(product.product.taxRate.scaled() / Decimal::kScale);
    } else {
        line.description =
            QStringLiteral("%1: %2, project %3 (%4 %5)")
                .arg(QString::fromUtf8(kServices[static_cast<std::size_t>(m_services.pick(m_rng))]),
                     QString::fromUtf8(kTopics[static_cast<std::size_t>(m_topics.pick(m_rng))]),
                     QString::fromUtf8(
                         kCodenames[static_cast<std::size_t>(m_codenames.pick(m_rng))]),
                     QString::fromUtf8(kMonthNames[static_cast<std::size_t>(date.month() - 1)]))
                .arg(date.year());
        line.unitCode = QStringLiteral("HUR");
        line.unitPrice = priceIn(m_rng.between(12, 28) * 500, client.currency);
        if (m_rng.chance(0.08)) {
            rate = 7; // e.g. licensing of copyrights
        }
    }
    line.quantity = quantityFor(m_rng, line.unitCode);
    line.taxCategory = categoryFor(client, category);
    line.taxRate = line.taxCategory == TaxCategory::StandardRate
                       ? Decimal::fromScaled(rate * Decimal::kScale)
                       : Decimal();
    return line;
}

QList<DocumentLine> Run::makeLines(const ClientRecord& client, const QDate& date) {
    // 1..20 lines, few lines far more often than many.
    const double u = m_rng.unit();
    const int count = 1 + static_cast<int>(std::floor(19.0 * u * u));
    QList<DocumentLine> lines;
    lines.reserve(count);
    for (int i = 0; i < count; ++i)
        lines.append(makeLine(client, date));
    return lines;
}

Document Run::baseDocument(DocumentType type, int clientIndex, const QDate& date) {
    const ClientRecord& client = m_clients[static_cast<std::size_t>(clientIndex)];
    Document d;
    d.uuid = m_rng.uuid();
    d.type = type;
    d.currency = client.currency;
    d.language = client.client.language;
    d.clientUuid = client.client.uuid;
    d.lines = makeLines(client, date);
    if (m_rng.chance(0.3))
        d.notes = client.client.language == domain::DocumentLanguage::German
                      ? m_rng.pickText(kNotesGerman)
                      : m_rng.pickText(kNotesEnglish);
    if (client.client.billingAddress.country == QStringLiteral("DE") && m_rng.chance(0.05))
        d.buyerReference = fillPattern(m_rng, "04011000-#####-##");
    if (m_rng.chance(0.15))
        d.purchaseOrderNumber = fillPattern(m_rng, "PO-######");
    return d;
}

domain::Result<QString> Run::takeNumber(DocumentType type, const QDate& date) {
    const services::NumberingSettings& numbering = m_numbering.at(type);
    const QString period = numbering.pattern.periodKey(date);
    const qint64 seq = ++m_stats.lastSequence[{type, period}];
    return numbering.pattern.format(seq, date, numbering.device);
}

// Inserts the document as a draft (the tax breakdown and full-text rows may
// only be written while it is one, see the document_tax triggers) and then
// moves it to its final status, exactly as issuing does.
domain::Result<domain::DocumentTotals> Run::store(storage::Writer& writer, const Document& document,
                                                  const ClientRecord& client,
                                                  DocumentStatus finalStatus, const QString& now) {
    Q_ASSERT(domain::DocumentLifecycle::isStatusAllowed(document.type, finalStatus));
    Document check = document;
    check.status = finalStatus;
    if (auto ok =
            finalStatus == DocumentStatus::Draft ? check.validate() : check.validateForIssue();
        !ok)
        return domain::fail(ok.error().code,
                            QStringLiteral("generated document %1: %2 (%3)")
                                .arg(document.number, ok.error().message, ok.error().field));
    auto totals = domain::DocumentCalculator::calculate(document);
    if (!totals)
        return std::unexpected(totals.error());
    Document draft = document;
    draft.status = DocumentStatus::Draft;
    if (auto ok = SqlDocumentRepository::insert(writer, draft, *totals, client.client.name, now);
        !ok)
        return std::unexpected(ok.error());
    if (finalStatus != DocumentStatus::Draft) {
        if (auto ok =
                SqlDocumentRepository::setStatus(writer, idOf(document.uuid), finalStatus, now);
            !ok)
            return std::unexpected(ok.error());
    }
    ++m_stats.documents;
    m_stats.lines += document.lines.size();
    if (document.currency != m_eur)
        ++m_stats.nonEuroDocuments;
    if (std::any_of(document.lines.begin(), document.lines.end(), [](const DocumentLine& line) {
            return line.taxCategory == TaxCategory::ReverseCharge;
        }))
        ++m_stats.reverseChargeDocuments;
    return totals;
}

domain::Status Run::pay(storage::Writer& writer, const QString& id, const Currency& currency,
                        qint64 amountMinor, const QDate& date, DocumentStatus newStatus,
                        const QString& now) {
    domain::Payment payment;
    payment.date = date;
    payment.amount = Money::fromMinorUnits(amountMinor, currency);
    payment.method = m_rng.pickText(kPaymentMethods);
    payment.reference = QStringLiteral("Statement %1-%2")
                            .arg(date.toString(Qt::ISODate))
                            .arg(m_rng.between(1, 999), 3, 10, QLatin1Char('0'));
    if (auto ok = payment.validate(currency, QStringLiteral("payment")); !ok)
        return ok;
    ++m_stats.payments;
    return SqlDocumentRepository::addPayment(writer, id, idOf(m_rng.uuid()), payment, newStatus,
                                             now);
}

domain::Status Run::writeInvoice(storage::Writer& writer, const QDate& date, bool planted) {
    const int clientIndex = m_clientActivity.pick(m_rng) % static_cast<int>(m_clients.size());
    const ClientRecord& client = m_clients[static_cast<std::size_t>(clientIndex)];
    Document d = baseDocument(DocumentType::Invoice, clientIndex, date);
    if (planted) {
        DocumentLine line = makeLine(client, date);
        line.description = QStringLiteral("Mural concept sketches, %1 feathered-serpent motif")
                               .arg(QStringLiteral("Quetzalcoatl"));
        d.lines.append(line);
        ++m_stats.rareWordDocuments;
    }
    auto number = takeNumber(DocumentType::Invoice, date);
    if (!number)
        return std::unexpected(number.error());
    d.number = *number;
    d.issueDate = date;
    d.dueDate =
        date.addDays(client.client.paymentTermsDays.value_or(m_profile.defaultPaymentTermsDays));
    d.sellerSnapshot = m_profile;
    d.buyerSnapshot = client.client;

    // Its fate depends on its age: recent invoices are mostly open, old ones
    // mostly paid, and a few old ones are still overdue.
    const qint64 age = date.daysTo(m_options.today);
    const int roll = m_rng.below(100);
    enum class Fate { Open, Partial, Paid } fate = Fate::Paid;
    if (age <= 14)
        fate = roll < 85 ? Fate::Open : Fate::Paid;
    else if (age <= 60)
        fate = roll < 37 ? Fate::Open : roll < 45 ? Fate::Partial : Fate::Paid;
    else if (age <= 120)
        fate = roll < 10 ? Fate::Open : roll < 15 ? Fate::Partial : Fate::Paid;
    else
        fate = roll < 4 ? Fate::Open : roll < 7 ? Fate::Partial : Fate::Paid;
    const DocumentStatus issued =
        m_rng.chance(0.65) ? DocumentStatus::Sent : DocumentStatus::Issued;

    const QString now = stamp(date, m_rng);
    auto totals = store(writer, d, client, issued, now);
    if (!totals)
        return std::unexpected(totals.error());
    ++m_stats.invoices;
    const QString id = idOf(d.uuid);
    const qint64 due = totals->amountDue.minorUnits();
    // Payments arrive between the day after issue and some weeks after the
    // due date, never after today.
    const auto payDate = [&] {
        const qint64 latest = std::max<qint64>(
            1, std::min(date.daysTo(d.dueDate) + 25, date.daysTo(m_options.today)));
        return std::min(
            date.addDays(1 + static_cast<qint64>(m_rng.below(static_cast<int>(latest)))),
            m_options.today);
    };
    if (due < 2 && fate == Fate::Partial)
        fate = Fate::Paid;
    switch (fate) {
    case Fate::Open:
        ++m_stats.openInvoices;
        if (!planted) {
            m_creditable.push_back({d.uuid, d.number, clientIndex, d.currency, d.lines,
                                    totals->grandTotal.minorUnits()});
            if (m_creditable.size() > 400)
                m_creditable.pop_front();
        }
        return {};
    case Fate::Partial: {
        ++m_stats.partiallyPaidInvoices;
        const qint64 part = std::max<qint64>(1, due * m_rng.between(20, 80) / 100);
        return pay(writer, id, d.currency, std::min(part, due - 1), payDate(),
                   DocumentStatus::PartiallyPaid, now);
    }
    case Fate::Paid:
        break;
    }
    ++m_stats.paidInvoices;
    if (due >= 2 && m_rng.chance(0.12)) {
        const qint64 first = std::clamp<qint64>(due * m_rng.between(30, 70) / 100, 1, due - 1);
        const QDate firstDate = payDate();
        if (auto ok =
                pay(writer, id, d.currency, first, firstDate, DocumentStatus::PartiallyPaid, now);
            !ok)
            return ok;
        const QDate secondDate = std::min(firstDate.addDays(m_rng.between(3, 30)), m_options.today);
        return pay(writer, id, d.currency, due - first, secondDate, DocumentStatus::Paid, now);
    }
    return pay(writer, id, d.currency, due, payDate(), DocumentStatus::Paid, now);
}

domain::Status Run::writeCreditNote(storage::Writer& writer, const QDate& date) {
    if (m_creditable.empty())
        return writeInvoice(writer, date, false);
    // One of the more recent open invoices is corrected: in full (it is then
    // voided, nothing having been paid) or by its first line.
    const std::size_t window = std::min<std::size_t>(m_creditable.size(), 100);
    const std::size_t pick =
        m_creditable.size() - 1 - static_cast<std::size_t>(m_rng.below(static_cast<int>(window)));
    const OpenInvoice invoice = m_creditable[pick];
    m_creditable.erase(m_creditable.begin() + static_cast<std::ptrdiff_t>(pick));
    const ClientRecord& client = m_clients[static_cast<std::size_t>(invoice.client)];

    Document d;
    d.uuid = m_rng.uuid();
    d.type = DocumentType::CreditNote;
    d.currency = invoice.currency;
    d.language = client.client.language;
    d.clientUuid = client.client.uuid;
    const bool full = invoice.lines.size() == 1 || m_rng.chance(0.7);
    d.lines = full ? invoice.lines : QList<DocumentLine>{invoice.lines.front()};
    d.correctedInvoiceUuid = invoice.uuid;
    d.correctedInvoiceNumber = invoice.number;
    d.notes = QStringLiteral("Corrects invoice %1.").arg(invoice.number);
    auto number = takeNumber(DocumentType::CreditNote, date);
    if (!number)
        return std::unexpected(number.error());
    d.number = *number;
    d.issueDate = date;
    d.dueDate = date.addDays(14);
    d.sellerSnapshot = m_profile;
    d.buyerSnapshot = client.client;
    const QString now = stamp(date, m_rng);
    auto totals = store(writer, d, client, DocumentStatus::Issued, now);
    if (!totals)
        return std::unexpected(totals.error());
    ++m_stats.creditNotes;
    const qint64 credited = totals->grandTotal.minorUnits();
    if (credited > invoice.grossMinor)
        return domain::fail(ErrorCode::Internal,
                            QStringLiteral("A generated credit note exceeds its invoice."));
    std::optional<DocumentStatus> voided;
    if (credited == invoice.grossMinor) {
        voided = DocumentStatus::Voided;
        --m_stats.openInvoices;
        ++m_stats.voidedInvoices;
    }
    return SqlDocumentRepository::addCredit(writer, idOf(invoice.uuid), credited, voided, now);
}

domain::Status Run::writeQuote(storage::Writer& writer, const QDate& date) {
    const int clientIndex = m_clientActivity.pick(m_rng) % static_cast<int>(m_clients.size());
    const ClientRecord& client = m_clients[static_cast<std::size_t>(clientIndex)];
    Document d = baseDocument(DocumentType::Quote, clientIndex, date);
    auto number = takeNumber(DocumentType::Quote, date);
    if (!number)
        return std::unexpected(number.error());
    d.number = *number;
    d.issueDate = date;
    d.dueDate = date.addDays(30); // valid until
    d.sellerSnapshot = m_profile;
    d.buyerSnapshot = client.client;
    DocumentStatus status = DocumentStatus::Sent;
    if (d.dueDate < m_options.today) {
        const int roll = m_rng.below(100);
        status = roll < 45   ? DocumentStatus::Accepted
                 : roll < 70 ? DocumentStatus::Declined
                             : DocumentStatus::Expired;
    } else if (m_rng.chance(0.3)) {
        status = m_rng.chance(0.75) ? DocumentStatus::Accepted : DocumentStatus::Declined;
    }
    auto totals = store(writer, d, client, status, stamp(date, m_rng));
    if (!totals)
        return std::unexpected(totals.error());
    ++m_stats.quotes;
    return {};
}

domain::Status Run::writeDraft(storage::Writer& writer, const QDate& date) {
    const int clientIndex = m_clientActivity.pick(m_rng) % static_cast<int>(m_clients.size());
    const DocumentType type = m_rng.chance(0.85) ? DocumentType::Invoice : DocumentType::Quote;
    Document d = baseDocument(type, clientIndex, date);
    auto totals = store(writer, d, m_clients[static_cast<std::size_t>(clientIndex)],
                        DocumentStatus::Draft, stamp(date, m_rng));
    if (!totals)
        return std::unexpected(totals.error());
    ++m_stats.drafts;
    return {};
}

domain::Status Run::writeSlot(storage::Writer& writer, std::size_t index) {
    const QDate& date = m_slotDates[index];
    switch (m_slotKinds[index]) {
    case Kind::Invoice:
        return writeInvoice(writer, date, m_planted[index]);
    case Kind::CreditNote:
        return writeCreditNote(writer, date);
    case Kind::Quote:
        return writeQuote(writer, date);
    case Kind::Draft:
        return writeDraft(writer, date);
    }
    return {};
}

// The next issue continues after the generated numbers: next_seq is one past
// the highest sequence used per (type, period).
domain::Status Run::writeSequences(storage::Writer& writer) {
    auto stmt = writer.prepare(
        "INSERT INTO number_sequences (type, period, next_seq) VALUES (?, ?, ?)"
        " ON CONFLICT (type, period) DO UPDATE SET next_seq = max(next_seq, excluded.next_seq)");
    if (!stmt)
        return std::unexpected(stmt.error());
    for (auto it = m_stats.lastSequence.cbegin(); it != m_stats.lastSequence.cend(); ++it) {
        stmt->reset();
        stmt->bind(1, domain::documentTypeCode(it.key().first))
            .bind(2, it.key().second)
            .bind(3, it.value() + 1);
        if (auto ok = stmt->run(); !ok)
            return ok;
    }
    return {};
}

domain::Status Run::writeBatch(storage::Writer& writer, std::size_t first, std::size_t end) {
    for (std::size_t i = first; i < end; ++i) {
        if (auto ok = writeSlot(writer, i); !ok)
            return ok;
    }
    if (auto ok = writeSequences(writer); !ok)
        return ok;
    writer.event().summary =
        QJsonObject{{QStringLiteral("count"), static_cast<qint64>(end - first)},
                    {QStringLiteral("first"), static_cast<qint64>(first)},
                    {QStringLiteral("total"), m_stats.documents}};
    return {};
}

domain::Result<VaultGenerator::Stats> Run::run() {
    QElapsedTimer timer;
    timer.start();
    if (m_options.clients < 1 || m_options.products < 0 || m_options.documents < 0 ||
        m_options.batchSize < 1 || m_options.years < 1)
        return domain::fail(ErrorCode::InvalidInput,
                            QStringLiteral("The generator needs at least one client, a batch size "
                                           "and a period of at least one year."));
    if (auto ok = setUp(); !ok)
        return std::unexpected(ok.error());
    planSlots();
    const auto total = static_cast<std::size_t>(m_options.documents);
    const auto batch = static_cast<std::size_t>(m_options.batchSize);
    std::size_t reported = 0;
    for (std::size_t first = 0; first < total; first += batch) {
        const std::size_t end = std::min(total, first + batch);
        auto written =
            m_vault.write({QStringLiteral("generator"),
                           QStringLiteral("generator.batch"),
                           QStringLiteral("vault"),
                           m_vault.id(),
                           {}},
                          [&](storage::Writer& writer) { return writeBatch(writer, first, end); });
        if (!written)
            return std::unexpected(written.error());
        ++m_stats.batches;
        if (m_options.progress && (end * 20 / total > reported || end == total)) {
            reported = end * 20 / total;
            const double seconds = static_cast<double>(timer.elapsed()) / 1000.0;
            std::fprintf(stderr, "  generated %zu/%zu documents (%.1f s, %.0f/s)\n", end, total,
                         seconds, static_cast<double>(end) / std::max(seconds, 0.001));
            std::fflush(stderr);
        }
    }
    return m_stats;
}

} // namespace

VaultGenerator::VaultGenerator(storage::Vault& vault, Options options)
    : m_vault(vault)
    , m_options(std::move(options)) {
    if (!m_options.today.isValid())
        m_options.today = QDate::currentDate();
}

domain::Result<VaultGenerator::Stats> VaultGenerator::run() {
    return Run(m_vault, m_options).run();
}

} // namespace quittance::bench
