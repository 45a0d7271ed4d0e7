#include "settingsdialog.h"

#include "clock.h"
#include "i18n/translations.h"
#include "store/backups.h"
#include "store/store.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace huajie {
namespace {
// The name the profile gives its center, kept with each profile's entry.
constexpr int kCenterNameRole = Qt::UserRole + 1;
} // namespace

SettingsDialog::SettingsDialog(Store &store, QWidget *parent)
    : QDialog(parent), m_store(store), m_centerName(new QLineEdit(this)),
      m_pattern(new QLineEdit(this)), m_preview(new QLabel(this)), m_language(new QComboBox(this)),
      m_profile(new QComboBox(this)), m_keepDays(new QSpinBox(this)),
      m_keepWeeks(new QSpinBox(this)), m_keepMonths(new QSpinBox(this)), m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    m_centerName->setObjectName(QStringLiteral("centerName"));
    m_pattern->setObjectName(QStringLiteral("registrationPattern"));
    m_preview->setObjectName(QStringLiteral("nextNumber"));
    m_language->setObjectName(QStringLiteral("language"));
    // The generic name a new center starts with is shown as the profile's
    // name, which documents print in its place; a name typed here wins.
    const QString centerName = store.settings().value(CenterSetting::CenterName);
    if (centerName != CenterSettings::defaultValue(CenterSetting::CenterName))
        m_centerName->setText(centerName);
    m_centerName->setToolTip(tr("Left empty, documents, ledgers and reports name the center as "
                                "its rule profile does."));
    m_pattern->setText(store.settings().value(CenterSetting::RegistrationPattern));
    m_pattern->setToolTip(
        tr("{year} is the year of registration, {seq} the case's number in that year."));
    m_language->addItem(tr("As the system"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(chosenLanguage())));
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->setObjectName(QStringLiteral("settingsError"));
    m_error->setWordWrap(true);

    m_profile->setObjectName(QStringLiteral("ruleProfile"));
    for (const RuleProfile &profile : RuleProfile::available()) {
        m_profile->addItem(profile.name(), profile.id);
        m_profile->setItemData(m_profile->count() - 1, profile.texts.name, kCenterNameRole);
    }
    const auto showProfileName = [this] {
        m_centerName->setPlaceholderText(m_profile->currentData(kCenterNameRole).toString());
    };
    connect(m_profile, &QComboBox::currentIndexChanged, this, showProfileName);
    m_profile->setCurrentIndex(std::max(0, m_profile->findData(store.deadlineSetup().profile.id)));
    showProfileName();
    auto *profiles = new QPushButton(tr("Open the profiles folder"), this);
    profiles->setToolTip(tr("A center's own rule profiles are JSON files in %1; copy a shipped one "
                            "there, give it a new id and edit it.")
                             .arg(RuleProfile::userFolder()));
    connect(profiles, &QPushButton::clicked, this, [] {
        QDir().mkpath(RuleProfile::userFolder());
        QDesktopServices::openUrl(QUrl::fromLocalFile(RuleProfile::userFolder()));
    });
    auto *profileRow = new QHBoxLayout;
    profileRow->addWidget(m_profile, 1);
    profileRow->addWidget(profiles);

    // How many backups are kept (Backups::thin).
    const BackupPolicy policy =
        BackupPolicy::fromText(store.settings().value(CenterSetting::BackupPolicy))
            .value_or(BackupPolicy{});
    auto *keepRow = new QHBoxLayout;
    for (auto [spin, value, suffix] : {std::tuple{m_keepDays, policy.daily, tr(" days")},
                                       std::tuple{m_keepWeeks, policy.weekly, tr(" weeks")},
                                       std::tuple{m_keepMonths, policy.monthly, tr(" months")}}) {
        spin->setRange(1, 999);
        spin->setValue(value);
        spin->setSuffix(suffix);
        keepRow->addWidget(spin);
    }
    m_keepDays->setObjectName(QStringLiteral("keepDays"));
    m_keepWeeks->setObjectName(QStringLiteral("keepWeeks"));
    m_keepMonths->setObjectName(QStringLiteral("keepMonths"));
    keepRow->addStretch();

    auto *form = new QFormLayout;
    form->addRow(tr("Center name"), m_centerName);
    form->addRow(tr("Registration number pattern"), m_pattern);
    form->addRow(tr("Next number"), m_preview);
    form->addRow(tr("Deadline rules"), profileRow);
    form->addRow(tr("Language"), m_language);
    form->addRow(tr("Backups kept: the newest of the last"), keepRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveSettings"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_pattern, &QLineEdit::textChanged, this, &SettingsDialog::updatePreview);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(480);
    updatePreview();
}

void SettingsDialog::updatePreview()
{
    // The number the next registration gets, in the pattern as typed.
    const int year = Clock::today().year();
    const auto sequence = m_store.cases().nextSequence(year);
    m_preview->setText(CenterSettings::formatRegistrationNumber(m_pattern->text(), year,
                                                                sequence ? sequence.value() : 1));
}

void SettingsDialog::accept()
{
    // Both values are checked before either is written.
    const QString pattern = m_pattern->text();
    const QString centerName = m_centerName->text().trimmed();
    if (auto checked = CenterSettings::checkRegistrationPattern(pattern); !checked) {
        m_error->setText(checked.error().describe());
        return;
    }
    // Empty: the generic name again, which gives way to the profile's.
    const QString storedName =
        centerName.isEmpty() ? CenterSettings::defaultValue(CenterSetting::CenterName) : centerName;
    const QString profile = m_profile->currentData().toString();
    if (auto readable = RuleProfile::load(profile); !profile.isEmpty() && !readable) {
        m_error->setText(readable.error().describe());
        return;
    }
    const QString keep =
        BackupPolicy{m_keepDays->value(), m_keepWeeks->value(), m_keepMonths->value()}.toText();
    for (const auto &[key, value] : {std::pair{CenterSetting::RegistrationPattern, pattern},
                                     std::pair{CenterSetting::CenterName, storedName},
                                     std::pair{CenterSetting::BackupPolicy, keep}}) {
        if (auto saved = m_store.settings().setValue(key, value); !saved) {
            m_error->setText(saved.error().describe());
            return;
        }
    }
    if (!profile.isEmpty() && profile != m_store.deadlineSetup().profile.id) {
        if (auto chosen = m_store.chooseProfile(profile); !chosen) {
            m_error->setText(chosen.error().describe());
            return;
        }
    }
    const QString language = m_language->currentData().toString();
    if (language != chosenLanguage()) {
        setChosenLanguage(language);
        QMessageBox::information(this, tr("Language"),
                                 tr("The new language is used the next time Huajie starts."));
    }
    QDialog::accept();
}

} // namespace huajie
