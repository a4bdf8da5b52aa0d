#include "ui/BackupSettings.h"

#include "ui/ThemeColors.h"

#include "ui/Format.h"
#include "ui/MessageBoxService.h"
#include "ui/VaultController.h"

#include <QCheckBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace quittance::ui {

BackupSettings::BackupSettings(VaultController& controller, QWidget* parent)
    : QGroupBox(tr("Backups"), parent)
    , m_controller(controller) {
    setObjectName(QStringLiteral("backupSettings"));
    auto* form = new QFormLayout(this);
    m_enabled = new QCheckBox(tr("Back up &automatically on lock and on exit (once a day)"));
    m_enabled->setObjectName(QStringLiteral("backupEnabled"));
    form->addRow(m_enabled);

    m_folder = new QLineEdit;
    m_folder->setObjectName(QStringLiteral("backupFolder"));
    auto* browse = new QPushButton(tr("Choose…"));
    browse->setObjectName(QStringLiteral("backupBrowse"));
    auto* row = new QHBoxLayout;
    row->addWidget(m_folder, 1);
    row->addWidget(browse);
    auto* folderLabel = new QLabel(tr("&Folder:"));
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, row);

    m_keep = new QSpinBox;
    m_keep->setObjectName(QStringLiteral("backupKeep"));
    m_keep->setRange(1, 365);
    m_keep->setValue(14);
    m_keep->setSuffix(tr(" backups"));
    auto* keepLabel = new QLabel(tr("&Keep the newest:"));
    keepLabel->setBuddy(m_keep);
    form->addRow(keepLabel, m_keep);

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("backupStatus"));
    m_status->setWordWrap(true);
    auto* save = new QPushButton(tr("Save &backup settings"));
    save->setObjectName(QStringLiteral("backupSave"));
    form->addRow(m_status, save);
    m_lastRun = new QLabel;
    m_lastRun->setObjectName(QStringLiteral("backupLastRun"));
    m_lastRun->setWordWrap(true);
    m_lastRun->setTextFormat(Qt::PlainText);
    m_lastRun->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(m_lastRun);

    connect(m_enabled, &QCheckBox::toggled, this, &BackupSettings::updateEnabled);
    connect(save, &QPushButton::clicked, this, &BackupSettings::save);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = MessageBoxService::instance().directory(
            this, tr("Backup folder"),
            m_folder->text().isEmpty() ? QDir::homePath() : m_folder->text());
        if (!dir.isEmpty())
            m_folder->setText(QDir::toNativeSeparators(dir));
    });
    updateEnabled();
}

void BackupSettings::updateEnabled() {
    m_folder->setEnabled(m_enabled->isChecked());
    m_keep->setEnabled(m_enabled->isChecked());
}

void BackupSettings::reload() {
    if (!m_controller.isUnlocked() || m_controller.isBusy())
        return;
    auto settings = m_controller.backups().autoSettings();
    if (!settings) {
        m_status->setText(settings.error().message);
        return;
    }
    m_enabled->setChecked(!settings->folder.isEmpty());
    // Keep a folder typed before switching off, so switching on again is one click.
    if (!settings->folder.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(settings->folder));
    m_keep->setValue(settings->keep);
    m_status->clear();

    auto last = m_controller.backups().lastRun();
    ThemeColors::markAsError(m_lastRun, last && !last->at.isEmpty() && !last->error.isEmpty());
    if (!last) {
        m_lastRun->setText(last.error().message);
    } else if (last->at.isEmpty()) {
        m_lastRun->setText(tr("No automatic backup has run yet."));
    } else if (!last->error.isEmpty()) {
        m_lastRun->setText(tr("Last automatic backup failed (%1): %2")
                               .arg(Format::timestamp(last->at), last->error));
    } else {
        m_lastRun->setText(
            tr("Last automatic backup: %1, %2").arg(Format::timestamp(last->at), last->file));
    }
}

void BackupSettings::clear() {
    m_folder->clear();
    m_status->clear();
    m_lastRun->clear();
}

void BackupSettings::save() {
    if (!m_controller.isUnlocked() || m_controller.isBusy())
        return;
    const QString folder =
        m_enabled->isChecked() ? QDir::fromNativeSeparators(m_folder->text().trimmed()) : QString();
    if (m_enabled->isChecked() && folder.isEmpty()) {
        m_status->setText(tr("Choose the folder for the automatic backups."));
        m_folder->setFocus();
        return;
    }
    auto ok = m_controller.backups().setAutoSettings({QDir::cleanPath(folder), m_keep->value()});
    if (!ok) {
        m_status->setText(ok.error().message);
        return;
    }
    m_status->setText(tr("Saved."));
}

} // namespace quittance::ui
