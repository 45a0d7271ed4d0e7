#include "calendardialog.h"

#include "clock.h"
#include "store/store.h"

#include <QCalendarWidget>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTextCharFormat>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace huajie {

CalendarDialog::CalendarDialog(Store &store, QWidget *parent)
    : QDialog(parent), m_store(store), m_calendar(new QCalendarWidget(this)),
      m_day(new QLabel(this)), m_name(new QLineEdit(this)), m_reason(new QLineEdit(this)),
      m_message(new QLabel(this)), m_changes(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("calendarDialog"));
    setWindowTitle(tr("Holiday calendar"));
    m_calendar->setGridVisible(true);
    m_calendar->setFirstDayOfWeek(Qt::Monday);
    m_calendar->setSelectedDate(Clock::today());
    m_calendar->setMinimumSize(420, 300);
    m_day->setWordWrap(true);
    m_day->setMinimumWidth(320);
    m_name->setPlaceholderText(tr("e.g. 古尔邦节"));
    m_reason->setPlaceholderText(tr("e.g. the regional government's notice of 2026-05-20"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020"));

    auto *rest = new QPushButton(tr("Make it a rest day"), this);
    auto *working = new QPushButton(tr("Make it a working day"), this);
    auto *clear = new QPushButton(tr("Back to the notice"), this);
    auto *import = new QPushButton(tr("Import a year's notice…"), this);
    connect(rest, &QPushButton::clicked, this, [this] { setDay(true); });
    connect(working, &QPushButton::clicked, this, [this] { setDay(false); });
    connect(clear, &QPushButton::clicked, this, &CalendarDialog::clearDay);
    connect(import, &QPushButton::clicked, this, [this] { importFile(); });

    auto *form = new QFormLayout;
    form->addRow(tr("Holiday name"), m_name);
    form->addRow(tr("Reason *"), m_reason);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(rest);
    buttons->addWidget(working);
    buttons->addWidget(clear);
    auto *side = new QVBoxLayout;
    side->addWidget(m_day);
    side->addLayout(form);
    side->addLayout(buttons);
    side->addWidget(import, 0, Qt::AlignLeft);
    side->addWidget(m_message);
    side->addStretch();
    auto *top = new QHBoxLayout;
    top->addWidget(m_calendar, 1);
    top->addLayout(side, 1);

    m_changes->setHeaderLabels({tr("When"), tr("Who"), tr("Change"), tr("Why")});
    m_changes->setRootIsDecorated(false);
    m_changes->header()->resizeSection(0, 140);
    m_changes->header()->resizeSection(1, 90);
    m_changes->header()->resizeSection(2, 300);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(new QLabel(tr("Changes made by the center:"), this));
    layout->addWidget(m_changes);
    layout->addWidget(close);
    resize(900, 640);

    connect(m_calendar, &QCalendarWidget::currentPageChanged, this, &CalendarDialog::paintMonth);
    connect(m_calendar, &QCalendarWidget::selectionChanged, this, &CalendarDialog::showDay);
    paintMonth();
    showDay();
    showChanges();
}

void CalendarDialog::paintMonth()
{
    const HolidayCalendar &calendar = m_store.deadlineSetup().calendar;
    const QDate first(m_calendar->yearShown(), m_calendar->monthShown(), 1);
    QTextCharFormat rest;
    rest.setBackground(QColor(0xfb, 0xe3, 0xe3));
    rest.setForeground(QColor(0xb0, 0x00, 0x20));
    QTextCharFormat makeUp;
    makeUp.setBackground(QColor(0xe3, 0xf1, 0xe3));
    makeUp.setForeground(palette().text().color());
    QTextCharFormat plain;
    plain.setForeground(palette().text().color());
    // A week either side, for the days of the neighbouring months shown.
    for (QDate d = first.addDays(-7); d <= first.addMonths(1).addDays(7); d = d.addDays(1)) {
        const HolidayCalendar::Day day = calendar.day(d);
        const bool weekendAtWork = !day.rest && d.dayOfWeek() >= 6;
        m_calendar->setDateTextFormat(d, day.rest ? rest : weekendAtWork ? makeUp : plain);
    }
}

void CalendarDialog::showDay()
{
    const QDate d = m_calendar->selectedDate();
    const HolidayCalendar &calendar = m_store.deadlineSetup().calendar;
    const HolidayCalendar::Day day = calendar.day(d);
    QString basis;
    switch (day.basis) {
    case HolidayCalendar::Basis::Weekday:
        basis = tr("an ordinary weekday");
        break;
    case HolidayCalendar::Basis::Weekend:
        basis = tr("a weekend day");
        break;
    case HolidayCalendar::Basis::Notice:
        basis = tr("as the State Council's notice says");
        break;
    case HolidayCalendar::Basis::Statutory:
        basis = tr("a statutory holiday; the year's notice is not published yet");
        break;
    case HolidayCalendar::Basis::Override:
        basis = tr("set by the center");
        break;
    }
    QString text =
        QStringLiteral("<b>%1</b><br>%2%3<br>%4")
            .arg(QLocale().toString(d, QStringLiteral("yyyy-MM-dd dddd")),
                 day.rest ? tr("Rest day") : tr("Working day"),
                 day.name.isEmpty() ? QString() : QStringLiteral(" · ") + day.name.toHtmlEscaped(),
                 basis);
    if (!calendar.isPublished(d.year()))
        text +=
            QStringLiteral("<br><span style='color:#c06000'>%1</span>")
                .arg(tr("The holidays of %1 are not published yet: deadlines reaching into it are "
                        "provisional until its notice is imported.")
                         .arg(d.year()));
    m_day->setText(text);
}

void CalendarDialog::showChanges()
{
    m_changes->clear();
    auto changes = m_store.calendar().changes();
    if (!changes)
        return;
    for (const CalendarChange &c : changes.value()) {
        QString what;
        switch (c.kind) {
        case CalendarChange::Kind::Import:
            what = tr("Imported the notice of %1").arg(c.name);
            break;
        case CalendarChange::Kind::Set:
            what = (c.rest ? tr("%1 made a rest day") : tr("%1 made a working day"))
                       .arg(c.day.toString(Qt::ISODate));
            if (!c.name.isEmpty())
                what += QStringLiteral(" · ") + c.name;
            break;
        case CalendarChange::Kind::Clear:
            what = tr("%1 back to the notice").arg(c.day.toString(Qt::ISODate));
            break;
        }
        new QTreeWidgetItem(m_changes,
                            {c.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                             c.user, what, c.reason});
    }
}

bool CalendarDialog::afterChange(const QString &problem)
{
    m_message->setText(problem);
    if (!problem.isEmpty())
        return false;
    if (auto reloaded = m_store.reloadDeadlineSetup(); !reloaded) {
        m_message->setText(reloaded.error().describe());
        return false;
    }
    m_changed = true;
    m_reason->clear();
    m_name->clear();
    paintMonth();
    showDay();
    showChanges();
    return true;
}

void CalendarDialog::setDay(bool rest)
{
    auto set = m_store.calendar().setDay(m_calendar->selectedDate(), rest, m_name->text().trimmed(),
                                         m_store.cases().user(), m_reason->text());
    afterChange(set ? QString() : set.error().describe());
}

void CalendarDialog::clearDay()
{
    auto cleared = m_store.calendar().clearDay(m_calendar->selectedDate(), m_store.cases().user(),
                                               m_reason->text());
    afterChange(cleared ? QString() : cleared.error().describe());
}

void CalendarDialog::importFile(const QString &path)
{
    const QString chosen =
        path.isEmpty() ? QFileDialog::getOpenFileName(this, tr("Import a year's notice"), QString(),
                                                      tr("Holiday data (*.json)"))
                       : path;
    if (chosen.isEmpty())
        return;
    auto data = HolidayCalendar::readFile(chosen);
    if (!data) {
        afterChange(data.error().describe());
        return;
    }
    const QString reason = m_reason->text().trimmed().isEmpty() ? tr("imported from %1").arg(chosen)
                                                                : m_reason->text();
    auto year = m_store.calendar().importYear(data.value(), m_store.cases().user(), reason);
    if (afterChange(year ? QString() : Error{year.error().describe(), chosen}.describe()))
        m_calendar->setCurrentPage(year.value(), 1);
}

QString CalendarDialog::message() const
{
    return m_message->text();
}

} // namespace huajie
