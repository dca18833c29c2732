# Files embedded into spawnai-core under ":/", listed explicitly.
set(SPAWNAI_CORE_RESOURCE_FILES
)
