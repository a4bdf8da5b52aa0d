#pragma once

// A VaultController over a real vault created at the KDF floor, with the
// services fixture's seller profile and client, for GUI tests that start
// from an unlocked vault rather than the first-run wizard.

#include "../services/ServiceFixture.h"
#include "TestHelpers.h"
#include "ui/VaultController.h"

#include <QTemporaryDir>

#include <cstring>

namespace quittance::test {

inline constexpr char kUiPassphrase[] = "ui fixture passphrase";

struct UiVaultFixture {
    QTemporaryDir tmp;
    ui::VaultController controller;
    domain::Client client;
    QString dir;

    bool setUp() {
        controller.setKdfChoice(services::VaultSession::KdfChoice::Floor);
        controller.setToday([] { return QDate(2026, 3, 15); });
        dir = tmp.filePath(QStringLiteral("vault"));
        auto key = controller.session().create(
            dir,
            {reinterpret_cast<const unsigned char*>(kUiPassphrase), std::strlen(kUiPassphrase)},
            services::VaultSession::KdfChoice::Floor);
        if (!key)
            return false;
        controller.finishUnlock(dir);
        if (!controller.profile().setProfile(sellerProfile()))
            return false;
        auto added = controller.clients().add(buyer());
        if (!added)
            return false;
        client = *added;
        return true;
    }

    // 10 h at 85.00, 19 %, for the fixture's client.
    domain::Document invoiceDraft() {
        domain::Document d;
        d.type = domain::DocumentType::Invoice;
        d.currency = currency("EUR");
        d.clientUuid = client.uuid;
        d.lines = {line(QStringLiteral("Design work"), "10", "85")};
        return d;
    }

    // An issued invoice (10 h at 85.00 + 19 % = 1011.50 EUR); its id.
    QString issuedInvoice() {
        auto draft = controller.documents().createDraft(invoiceDraft());
        if (!draft)
            return {};
        const QString id = draft->document.uuid.toString(QUuid::WithoutBraces);
        return controller.documents().issue(id) ? id : QString();
    }
};

} // namespace quittance::test
