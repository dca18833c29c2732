// SPDX-License-Identifier: MIT
#include "welcomepage.h"

#include "deploy/templatelibrary.h"
#include "newappform.h"
#include "sessiontext.h"

#include <QCommandLinkButton>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace {
constexpr int GalleryColumns = 2;
}

WelcomePage::WelcomePage(const TemplateLibrary &templates, QWidget *parent)
    : QWidget(parent)
    , m_form(new NewAppForm(this))
{
    setObjectName(QStringLiteral("welcomePage"));

    auto *heading = new QLabel(tr("Start a new app"), this);
    heading->setObjectName(QStringLiteral("welcomeHeading"));
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    if (headingFont.pointSizeF() > 0)
        headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    heading->setFont(headingFont);

    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("welcomeIntro"));
    m_intro->setWordWrap(true);

    auto *gallery = new QWidget(this);
    gallery->setObjectName(QStringLiteral("templateGallery"));
    auto *grid = new QGridLayout(gallery);
    grid->setContentsMargins(0, 0, 0, 0);

    const QStringList names = templates.availableTemplates();
    int position = 0;
    for (const QString &name : names) {
        SpawnError error;
        const std::optional<Manifest> manifest = templates.manifest(name, &error);
        if (!manifest)
            continue;  // a broken template is reported when someone picks it from the menu
        const QString title = SessionText::templateTitle(name);
        const QString description = SessionText::templateDescription(name, manifest->description(), manifest->type());
        auto *button = new QCommandLinkButton(title, description, gallery);
        button->setObjectName(u"templateButton_" + name);
        button->setAccessibleName(tr("New app from the %1 template").arg(title));
        button->setAccessibleDescription(description);
        connect(button, &QCommandLinkButton::clicked, this, [this, name] { emit templateRequested(name); });
        grid->addWidget(button, position / GalleryColumns, position % GalleryColumns);
        ++position;
    }
    if (position == 0) {
        auto *none = new QLabel(tr("No templates are available in this build."), gallery);
        none->setObjectName(QStringLiteral("noTemplates"));
        grid->addWidget(none, 0, 0);
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addWidget(heading);
    layout->addWidget(m_intro);
    layout->addWidget(m_form);
    layout->addSpacing(12);
    m_galleryIntro = new QLabel(this);
    m_galleryIntro->setObjectName(QStringLiteral("galleryIntro"));
    m_galleryIntro->setWordWrap(true);
    layout->addWidget(m_galleryIntro);
    layout->addWidget(gallery);
    layout->addStretch(1);
    describeSandbox(m_form->sandboxKind());
    connect(m_form, &NewAppForm::sandboxKindChanged, this, &WelcomePage::describeSandbox);
}

void WelcomePage::describeSandbox(SandboxKind kind)
{
    if (kind == SandboxKind::E2b) {
        m_intro->setText(tr("Describe an app and a model writes it, then it runs in an E2B cloud sandbox, billed by "
                            "the second, with a live preview."));
        m_galleryIntro->setText(tr("Or pick a template: it starts in an E2B cloud sandbox in a few seconds. It needs "
                                   "your E2B key, no model."));
        return;
    }
    m_intro->setText(tr("Describe an app and a model writes it, then it runs in a sandbox on this computer with a "
                        "live preview."));
    m_galleryIntro->setText(tr("Or pick a template: it starts in a few seconds, no account or API key needed."));
}

WelcomePage::~WelcomePage() = default;
