#pragma once

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QTimer>

namespace huajie::test {

// While it lives, the registration form's question about an agency the
// directory does not have yet is answered "add it", as often as it comes.
class AddingNewAgencies
{
public:
    AddingNewAgencies()
    {
        m_look.setInterval(10);
        QObject::connect(&m_look, &QTimer::timeout, [this] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || box->objectName() != QLatin1String("newAgencyQuestion"))
                return;
            if (auto *add = box->findChild<QAbstractButton *>(QStringLiteral("addNewAgency"))) {
                ++m_asked;
                add->click();
            }
        });
        m_look.start();
    }
    int asked() const { return m_asked; }

private:
    QTimer m_look;
    int m_asked = 0;
};

} // namespace huajie::test
