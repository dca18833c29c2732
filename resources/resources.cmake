# Files embedded into spawnai-core under ":/", listed explicitly.
# Paths are relative to this directory (resources/); the resource path is the
# same, e.g. templates/static-site/index.html -> :/templates/static-site/index.html.
set(SPAWNAI_CORE_RESOURCE_FILES
    pricing.json
    mcp/tools.json
    api/openapi.json
    templates/express-api/index.html
    templates/express-api/package.json
    templates/express-api/server.js
    templates/express-api/spawnai.json
    templates/python-script/main.py
    templates/python-script/spawnai.json
    templates/static-site/app.js
    templates/static-site/index.html
    templates/static-site/spawnai.json
    templates/static-site/styles.css
    prompts/api.md
    prompts/auto.md
    prompts/change.md
    prompts/continue.md
    prompts/followup.md
    prompts/format.md
    prompts/repair.md
    prompts/request.md
    prompts/runtime.md
    prompts/script.md
    prompts/simple.md
    prompts/webapp.md
)

# qt_add_resources() resolves relative FILES against the calling directory
# (core/), not against BASE, so hand it absolute paths. BASE still strips
# resources/ from the aliases.
list(TRANSFORM SPAWNAI_CORE_RESOURCE_FILES PREPEND "${CMAKE_CURRENT_LIST_DIR}/")
