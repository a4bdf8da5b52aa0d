#include "JsonPath.h"

#include <QStringList>

namespace quittance::domain {

QString JsonPath::member(const QString& parent, QStringView key) {
    if (parent.isEmpty())
        return displayKey(key);
    return parent + u'.' + displayKey(key);
}

QString JsonPath::element(const QString& parent, qsizetype index) {
    return parent + u'[' + QString::number(index) + u']';
}

QString JsonPath::displayKey(QStringView key) {
    const bool cut = key.size() > kMaxKeyLength;
    QString out = key.left(kMaxKeyLength).toString();
    for (QChar& c : out) {
        if (c.category() == QChar::Other_Control || c.isSurrogate())
            c = QChar::ReplacementCharacter;
    }
    if (cut)
        out += u'…';
    return out;
}

QString JsonPath::fromEntityField(const QString& prefix, const QString& entityField) {
    static const struct {
        QStringView entity;
        QStringView json;
    } kRenamed[] = {
        {u"uuid", u"id"},
        {u"clientUuid", u"clientId"},
        {u"productUuid", u"productId"},
        {u"correctedInvoiceUuid", u"correctedInvoiceId"},
    };
    QStringList segments = entityField.split(u'.');
    for (QString& segment : segments) {
        const qsizetype bracket = segment.indexOf(u'[');
        const QStringView name = QStringView(segment).left(bracket < 0 ? segment.size() : bracket);
        for (const auto& renamed : kRenamed) {
            if (name == renamed.entity) {
                segment = renamed.json.toString() + segment.mid(name.size());
                break;
            }
        }
    }
    const QString field = segments.join(u'.');
    if (prefix.isEmpty())
        return field;
    if (field.isEmpty())
        return prefix;
    return prefix + u'.' + field;
}

} // namespace quittance::domain
