#include "optionaldateedit.h"

#include "clock.h"

#include <QCalendarWidget>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMenu>
#include <QRegularExpression>
#include <QToolButton>
#include <QWidgetAction>

namespace huajie {

OptionalDateEdit::OptionalDateEdit(QWidget *parent)
    : QWidget(parent), m_text(new QLineEdit(this)), m_pick(new QToolButton(this)),
      m_calendar(new QCalendarWidget(this))
{
    m_text->setObjectName(QStringLiteral("dateText"));
    m_text->setPlaceholderText(
        tr("not recorded (e.g. %1)").arg(Clock::today().toString(QStringLiteral("yyyy-MM-dd"))));
    m_text->setClearButtonEnabled(true);
    m_pick->setObjectName(QStringLiteral("pickDate"));
    m_pick->setText(QStringLiteral("…"));
    m_pick->setToolTip(tr("Choose from the calendar"));
    m_calendar->setObjectName(QStringLiteral("dateCalendar"));
    m_calendar->setGridVisible(true);
    // The calendar drops down under the field, as a date edit's does.
    auto *menu = new QMenu(this);
    auto *holder = new QWidgetAction(menu);
    holder->setDefaultWidget(m_calendar);
    menu->addAction(holder);
    m_pick->setMenu(menu);
    m_pick->setPopupMode(QToolButton::InstantPopup);
    connect(menu, &QMenu::aboutToShow, this, &OptionalDateEdit::showCalendar);
    connect(m_calendar, &QCalendarWidget::clicked, this, [this, menu](const QDate &d) {
        setDate(d);
        menu->close();
    });
    connect(m_calendar, &QCalendarWidget::activated, this, [this, menu](const QDate &d) {
        setDate(d);
        menu->close();
    });
    connect(m_text, &QLineEdit::textChanged, this, [this] {
        // A text that is not a date is marked, so that it is seen before saving.
        m_text->setStyleSheet(isInvalid() ? QStringLiteral("color: #b00020") : QString());
    });
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_pick);
    setFocusProxy(m_text);
}

QDate OptionalDateEdit::date() const
{
    return parse(m_text->text());
}

void OptionalDateEdit::setDate(const QDate &date)
{
    m_text->setText(date.isValid() ? date.toString(QStringLiteral("yyyy-MM-dd")) : QString());
}

bool OptionalDateEdit::isEmpty() const
{
    return m_text->text().trimmed().isEmpty();
}

bool OptionalDateEdit::isInvalid() const
{
    return !isEmpty() && !date().isValid();
}

QDate OptionalDateEdit::parse(const QString &text)
{
    static const QRegularExpression separated(QStringLiteral(
        "^\\s*(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?\\s*$"));
    static const QRegularExpression compact(QStringLiteral("^\\s*(\\d{4})(\\d{2})(\\d{2})\\s*$"));
    for (const QRegularExpression *form : {&separated, &compact}) {
        const QRegularExpressionMatch m = form->match(text);
        if (m.hasMatch())
            return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    }
    return {};
}

void OptionalDateEdit::showCalendar()
{
    const QDate shown = date().isValid() ? date() : Clock::today();
    m_calendar->setSelectedDate(shown);
    m_calendar->setCurrentPage(shown.year(), shown.month());
}

} // namespace huajie
