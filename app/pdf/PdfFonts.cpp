#include "PdfFonts.h"

#include <QFile>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QStandardPaths>
#include <QStringList>

#include <mutex>

namespace quittance::pdf {

using domain::ErrorCode;
using domain::fail;

namespace {

QString locateFont(const QString& fileName) {
    const QString debian = QStringLiteral("/usr/share/fonts/truetype/dejavu/") + fileName;
    if (QFile::exists(debian))
        return debian;
    return QStandardPaths::locate(QStandardPaths::GenericDataLocation,
                                  QStringLiteral("fonts/truetype/dejavu/") + fileName);
}

struct Registration {
    QString family;
    QString error;
};

Registration registerFonts() {
    Registration r;
    for (const QString& file :
         {QStringLiteral("DejaVuSans.ttf"), QStringLiteral("DejaVuSans-Bold.ttf")}) {
        const QString path = locateFont(file);
        const int id = path.isEmpty() ? -1 : QFontDatabase::addApplicationFont(path);
        const QStringList families = QFontDatabase::applicationFontFamilies(id);
        if (id < 0 || families.isEmpty()) {
            r.error = QStringLiteral("The font %1 is missing; install the package "
                                     "fonts-dejavu-core.")
                          .arg(file);
            return r;
        }
        r.family = families.first();
    }
    return r;
}

} // namespace

domain::Result<QString> PdfFonts::family() {
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return fail(ErrorCode::Internal,
                    QStringLiteral("PDF rendering needs a QGuiApplication (use the offscreen "
                                   "platform when there is no display)."));
    static std::once_flag once;
    static Registration registration;
    std::call_once(once, [] { registration = registerFonts(); });
    if (!registration.error.isEmpty())
        return fail(ErrorCode::Internal, registration.error);
    return registration.family;
}

} // namespace quittance::pdf
