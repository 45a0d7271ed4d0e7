#include "scheduleview.h"

#include "clock.h"
#include "deskview.h"
#include "domain/vocabulary.h"
#include "io/ownerfile.h"
#include "sessions/icalendarexport.h"
#include "store/store.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace huajie {
namespace {
const QColor kScheduled(0x1f, 0x5f, 0xbf);
const QColor kHeld(0x66, 0x66, 0x66);
const QColor kOverdue(0xb0, 0x00, 0x20);
const QColor kDueSoon(0xc0, 0x60, 0x00);
const QColor kDue(0x6b, 0x4e, 0x00);
constexpr int kLinesInCell = 4;
// The number as a cell has room for it: （2026）化解字第15号 → 第15号.
QString shortNumber(const QString &number)
{
    const qsizetype at = number.lastIndexOf(QStringLiteral("第"));
    return at > 0 ? number.mid(at) : number;
}
} // namespace

ScheduleView::ScheduleView(Store &store, DeskView &desk, QWidget *parent)
    : QWidget(parent), m_store(store), m_desk(desk), m_anchor(Clock::today()),
      m_title(new QLabel(this)), m_mediator(new QComboBox(this)), m_room(new QComboBox(this)),
      m_grid(new QTableWidget(this)), m_day(new QListWidget(this)), m_splitter(new QSplitter(this))
{
    setObjectName(QStringLiteral("scheduleView"));
    m_title->setStyleSheet(QStringLiteral("font-size: 14pt; font-weight: bold"));
    // The title gives way to the buttons in a narrow window.
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_mediator->setObjectName(QStringLiteral("mediatorFilter"));
    m_room->setObjectName(QStringLiteral("roomFilter"));
    for (QComboBox *filter : {m_mediator, m_room}) {
        filter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        filter->setMinimumContentsLength(6);
    }
    m_grid->setObjectName(QStringLiteral("scheduleGrid"));
    m_grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_grid->setSelectionMode(QAbstractItemView::SingleSelection);
    m_grid->verticalHeader()->hide();
    m_grid->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_grid->verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_day->setObjectName(QStringLiteral("scheduleDay"));

    // Arrows need no more room than their sign.
    auto *previous = new QToolButton(this);
    previous->setArrowType(Qt::LeftArrow);
    previous->setObjectName(QStringLiteral("previousPeriod"));
    previous->setToolTip(tr("Previous"));
    const auto textButton = [this](const QString &text) {
        auto *button = new QToolButton(this);
        button->setText(text);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        return button;
    };
    auto *today = textButton(tr("Today"));
    auto *next = new QToolButton(this);
    next->setArrowType(Qt::RightArrow);
    next->setObjectName(QStringLiteral("nextPeriod"));
    next->setToolTip(tr("Next"));
    auto *month = textButton(tr("Month"));
    auto *week = textButton(tr("Week"));
    auto *exportButton = new QPushButton(tr("Export to iCalendar…"), this);
    exportButton->setObjectName(QStringLiteral("exportICalendar"));
    exportButton->setToolTip(
        tr("The sessions shown, as an .ics file for phones and other calendars"));
    connect(exportButton, &QPushButton::clicked, this, [this] { exportICalendar(); });
    month->setObjectName(QStringLiteral("monthView"));
    week->setObjectName(QStringLiteral("weekView"));
    connect(previous, &QToolButton::clicked, this, [this] { step(-1); });
    connect(next, &QToolButton::clicked, this, [this] { step(1); });
    connect(today, &QToolButton::clicked, this,
            [this] { m_week ? showWeek(Clock::today()) : showMonth(Clock::today()); });
    connect(month, &QToolButton::clicked, this, [this] { showMonth(m_anchor); });
    connect(week, &QToolButton::clicked, this, [this] { showWeek(m_anchor); });
    connect(m_mediator, &QComboBox::currentIndexChanged, this, &ScheduleView::refresh);
    connect(m_room, &QComboBox::currentIndexChanged, this, &ScheduleView::refresh);
    connect(m_grid, &QTableWidget::currentCellChanged, this,
            [this](int row, int column) { showDay(m_first.addDays(row * 7 + column)); });
    connect(m_day, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (const qint64 id = item->data(Qt::UserRole).toLongLong())
            Q_EMIT openCase(id);
    });
    // The deadlines come from the desk's counting.
    connect(&m_desk, &DeskView::refreshed, this, &ScheduleView::refresh);

    auto *bar = new QHBoxLayout;
    bar->addWidget(previous);
    bar->addWidget(today);
    bar->addWidget(next);
    bar->addWidget(m_title, 1);
    bar->addWidget(month);
    bar->addWidget(week);
    bar->addWidget(m_mediator);
    bar->addWidget(m_room);
    bar->addWidget(exportButton);
    m_splitter->setObjectName(QStringLiteral("scheduleSplitter"));
    m_splitter->addWidget(m_grid);
    m_splitter->addWidget(m_day);
    m_splitter->setStretchFactor(0, 4);
    m_splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_splitter, 1);
    reloadFilters();
    showMonth(m_anchor);
}

void ScheduleView::reloadFilters()
{
    const auto reload = [this](QComboBox *filter, const QString &all, DirectoryKind kind) {
        // The one chosen stays chosen while it is still there.
        const QString chosen = filter->currentData().toString();
        const QSignalBlocker blocker(filter);
        filter->clear();
        filter->addItem(all, QString());
        if (auto names = m_store.directories().names(kind))
            for (const QString &name : names.value())
                filter->addItem(name, name);
        const int at = filter->findData(chosen);
        filter->setCurrentIndex(std::max(0, at));
        return at >= 0;
    };
    const bool mediatorKept = reload(m_mediator, tr("All mediators"), DirectoryKind::Mediators);
    const bool roomKept = reload(m_room, tr("All rooms"), DirectoryKind::Rooms);
    if (!mediatorKept || !roomKept)
        refresh();
}

void ScheduleView::step(int direction)
{
    if (m_week)
        showWeek(m_anchor.addDays(7 * direction));
    else
        showMonth(m_anchor.addMonths(direction));
}

void ScheduleView::showMonth(const QDate &day)
{
    m_week = false;
    m_anchor = day;
    const QDate first(day.year(), day.month(), 1);
    m_first = first.addDays(1 - first.dayOfWeek());
    m_title->setText(QLocale().language() == QLocale::Chinese
                         ? QLocale().toString(first, QStringLiteral("yyyy年M月"))
                         : QLocale().toString(first, QStringLiteral("MMMM yyyy")));
    refresh();
}

void ScheduleView::showWeek(const QDate &day)
{
    m_week = true;
    m_anchor = day;
    m_first = day.addDays(1 - day.dayOfWeek());
    m_title->setText(tr("Week of %1").arg(m_first.toString(Qt::ISODate)));
    refresh();
}

QList<ScheduleView::Entry> ScheduleView::entriesOn(const QDate &day) const
{
    const QString mediator = m_mediator->currentData().toString();
    const QString room = m_room->currentData().toString();
    QList<Entry> entries;
    for (const Session &s : m_sessions) {
        if (s.start.date() != day || (!room.isEmpty() && s.room != room))
            continue;
        if (!mediator.isEmpty() &&
            std::none_of(s.participants.cbegin(), s.participants.cend(),
                         [&](const Participant &p) { return p.name == mediator; }))
            continue;
        const QString time = s.start.toString(QStringLiteral("HH:mm"));
        entries.append({s.start,
                        QStringLiteral("%1 %2 %3 %4")
                            .arg(time, s.caseNumber, vocab::sessionKinds().label(s.kind),
                                 s.room.isEmpty() ? s.place : s.room),
                        QStringLiteral("%1 %2").arg(time, shortNumber(s.caseNumber)),
                        s.status == QLatin1String("held") ? kHeld : kScheduled, s.caseId});
    }
    // Deadlines have no room: a room filter shows sessions only.
    if (room.isEmpty()) {
        for (const AgendaItem &item : m_desk.agenda().open) {
            const CaseDeadline &d = item.deadline;
            if (d.deadline.due != day || (!mediator.isEmpty() && item.leadMediator != mediator))
                continue;
            const QColor colour = d.status == CaseDeadline::Status::Overdue    ? kOverdue
                                  : d.status == CaseDeadline::Status::DueToday ? kDueSoon
                                                                               : kDue;
            entries.append({QDateTime(day, QTime(23, 59)),
                            QStringLiteral("⚑ %1 %2").arg(item.caseNumber, d.rule.label()),
                            QStringLiteral("⚑ %1 %2").arg(shortNumber(item.caseNumber), d.rule.id),
                            colour, item.caseId});
        }
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const Entry &a, const Entry &b) { return a.when < b.when; });
    return entries;
}

void ScheduleView::refresh()
{
    const int weeks = m_week ? 1 : 6;
    const QDate last = m_first.addDays(weeks * 7 - 1);
    auto sessions = m_store.sessions().between(m_first, last);
    m_sessions = sessions ? sessions.value() : QList<Session>();
    m_grid->clear();
    m_grid->setRowCount(weeks);
    m_grid->setColumnCount(7);
    QStringList days;
    for (int d = 1; d <= 7; ++d)
        days.append(QLocale().dayName(d, QLocale::ShortFormat));
    m_grid->setHorizontalHeaderLabels(days);
    const HolidayCalendar &calendar = m_store.deadlineSetup().calendar;
    const int lines = m_week ? 30 : kLinesInCell;
    for (int cell = 0; cell < weeks * 7; ++cell) {
        const QDate day = m_first.addDays(cell);
        const QList<Entry> entries = entriesOn(day);
        QString html = QStringLiteral("<b>%1</b>").arg(day.day());
        const QString holiday = calendar.day(day).name;
        if (!holiday.isEmpty())
            html += QStringLiteral(" <span style='color:#b00020'>%1</span>")
                        .arg(holiday.toHtmlEscaped());
        for (const Entry &e : entries.mid(0, lines))
            html += QStringLiteral("<br><span style='color:%1'>%2</span>")
                        .arg(e.colour.name(), e.brief.toHtmlEscaped());
        if (entries.size() > lines)
            html +=
                QStringLiteral("<br><i>%1</i>").arg(tr("… %1 more").arg(entries.size() - lines));
        auto *label = new QLabel(html);
        label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        label->setMargin(3);
        QString background = QStringLiteral("transparent");
        if (day == Clock::today())
            background = QStringLiteral("#fff6cc");
        else if (calendar.isRestDay(day))
            background = QStringLiteral("#fbeaea");
        if (!m_week && day.month() != m_anchor.month())
            label->setStyleSheet(QStringLiteral("color: #999; background: %1").arg(background));
        else
            label->setStyleSheet(QStringLiteral("background: %1").arg(background));
        m_grid->setCellWidget(cell / 7, cell % 7, label);
    }
    showDay(m_grid->currentRow() >= 0
                ? m_first.addDays(m_grid->currentRow() * 7 + m_grid->currentColumn())
                : std::clamp(m_anchor, m_first, last));
}

bool ScheduleView::exportICalendar(const QString &path)
{
    const QString target =
        path.isEmpty() ? QFileDialog::getSaveFileName(
                             this, tr("Export to iCalendar"),
                             QStringLiteral("huajie-%1.ics").arg(m_first.toString(Qt::ISODate)),
                             tr("iCalendar (*.ics)"))
                       : path;
    if (target.isEmpty())
        return false;
    if (auto written = OwnerOnlyFile::write(
            target,
            sessionsToICalendar(m_sessions, Clock::now(),
                                m_store.deadlineSetup().profile.vocabularies.participantRoles));
        !written) {
        QMessageBox::warning(this, tr("Export to iCalendar"), written.error().describe());
        return false;
    }
    return true;
}

void ScheduleView::showDay(const QDate &day)
{
    m_day->clear();
    auto *title =
        new QListWidgetItem(QLocale().toString(day, QStringLiteral("yyyy-MM-dd dddd")), m_day);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    for (const Entry &e : entriesOn(day)) {
        auto *item = new QListWidgetItem(e.text, m_day);
        item->setForeground(e.colour);
        item->setData(Qt::UserRole, e.caseId);
    }
    if (m_day->count() == 1)
        new QListWidgetItem(tr("Nothing on this day."), m_day);
}

} // namespace huajie
