# bash completion for spawnai. Commands and options come from
# `spawnai --help`, template names from `spawnai list --templates` and session
# ids from `spawnai list --ids`, so this file never lists them itself.

_spawnai()
{
    local cur prev words cword
    _init_completion || return

    local i command="" datadir=()
    for ((i = 1; i < cword; i++)); do
        case ${words[i]} in
            --data-dir) datadir=(--data-dir "${words[i + 1]}") ;;
            --data-dir=*) datadir=("${words[i]}") ;;
            -*) ;;
            *) [[ -z $command && ${words[i - 1]} != --* ]] && command=${words[i]} ;;
        esac
    done

    case $prev in
        --template)
            COMPREPLY=($(compgen -W "$(spawnai list --templates 2>/dev/null)" -- "$cur"))
            return ;;
        --data-dir | --from-dir)
            _filedir -d
            return ;;
        --type) COMPREPLY=($(compgen -W 'webapp api script auto' -- "$cur")); return ;;
        --provider) COMPREPLY=($(compgen -W 'anthropic openai' -- "$cur")); return ;;
        --sandbox) COMPREPLY=($(compgen -W 'local e2b' -- "$cur")); return ;;
        --plan) COMPREPLY=($(compgen -W 'hobby pro' -- "$cur")); return ;;
        --log-level) COMPREPLY=($(compgen -W 'debug info warning error' -- "$cur")); return ;;
        --model | --base-url | --port | --bind | --timeout | --limit | --minutes | --since | --until | \
            --budget-month | --budget-session)
            return ;;
    esac

    local help
    help=$(spawnai --help 2>/dev/null)
    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$(grep -oE -- '(^|[ [])--?[a-z][a-z-]*' <<<"$help" | tr -d ' [' | sort -u)" -- "$cur"))
        return
    fi
    if [[ -z $command ]]; then
        COMPREPLY=($(compgen -W "$(sed -n '/^Commands:/,/^$/s/^  \([a-z]\+\) .*/\1/p' <<<"$help" | sort -u)" -- "$cur"))
        return
    fi
    case $command in
        show | diff | stop | extend | redeploy | delete)
            COMPREPLY=($(compgen -W "$(spawnai "${datadir[@]}" list --ids 2>/dev/null)" -- "$cur")) ;;
    esac
} &&
    complete -F _spawnai spawnai
