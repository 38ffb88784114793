#include "welcomepage.h"

#include "kioskstyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

WelcomePage::WelcomePage(Profile profile, QWidget *parent) : KioskPage(parent), m_profile(profile)
{
    setObjectName(QStringLiteral("welcomePage"));
    m_title = kioskstyle::title(QStringLiteral("welcomeTitle"), this);
    m_title->setAlignment(Qt::AlignCenter);
    m_subtitle = kioskstyle::text(QStringLiteral("welcomeSubtitle"), this);
    m_subtitle->setAlignment(Qt::AlignCenter);
    m_book = kioskstyle::button(QStringLiteral("startBooking"), this, true);
    m_find = kioskstyle::button(QStringLiteral("findBooking"), this);
    for (QPushButton *b : {m_book, m_find})
        kioskstyle::setLarge(b);
    // Each language offers itself in its own words, whatever the current language is.
    m_english = kioskstyle::button(QStringLiteral("languageEnglish"), this);
    kioskstyle::setText(m_english, QStringLiteral("English"));
    m_korean = kioskstyle::button(QStringLiteral("languageKorean"), this);
    kioskstyle::setText(m_korean, QStringLiteral("한국어"));

    auto *languages = new QHBoxLayout;
    languages->addStretch();
    languages->addWidget(m_english);
    languages->addWidget(m_korean);
    auto *actions = new QVBoxLayout;
    actions->setSpacing(24);
    actions->addWidget(m_book);
    actions->addWidget(m_find);
    auto *centred = new QHBoxLayout;
    centred->addStretch(1);
    centred->addLayout(actions, 2);
    centred->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(languages);
    layout->addStretch(1);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addSpacing(40);
    layout->addLayout(centred);
    layout->addStretch(2);

    connect(m_book, &QPushButton::clicked, this, &WelcomePage::bookRequested);
    connect(m_find, &QPushButton::clicked, this, &WelcomePage::findRequested);
    connect(m_english, &QPushButton::clicked, this, [this]() { Q_EMIT languageRequested(QStringLiteral("en")); });
    connect(m_korean, &QPushButton::clicked, this, [this]() { Q_EMIT languageRequested(QStringLiteral("ko")); });
    retranslate();
}

void WelcomePage::retranslate()
{
    m_title->setText(tr("Welcome"));
    m_subtitle->setText(tr("%1 — book here yourself, in a few touches.").arg(profiles::displayName(m_profile)));
    kioskstyle::setText(m_book, tr("Book %1").arg(profiles::resourcesNoun(m_profile).toLower()));
    kioskstyle::setText(m_find, tr("Find my booking"));
}
