#include "userguidedialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QLocale>
#include <QTextBrowser>
#include <QVBoxLayout>

UserGuideDialog::UserGuideDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("RentalDesk user guide"));
    auto *browser = new QTextBrowser(this);
    browser->setObjectName(QStringLiteral("userGuide"));
    browser->setOpenExternalLinks(true);
    QFile manual(manualResource());
    if (manual.open(QIODevice::ReadOnly | QIODevice::Text))
        browser->setMarkdown(QString::fromUtf8(manual.readAll()));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(browser);
    layout->addWidget(buttons);
    resize(720, 640);
}

QString UserGuideDialog::manualResource()
{
    return QLocale().language() == QLocale::Korean ? QStringLiteral(":/docs/manual.ko.md")
                                                   : QStringLiteral(":/docs/manual.md");
}
