// meetings completion bash|zsh|fish: a completion script made from the program itself, so a new
// command or option completes without editing it. Commands complete first, then each command's
// options, the choices of an option that has them (--format, --sort, --kind, --color), and paths.
//
//   bash: source <(meetings completion bash)         (or save it in ~/.local/share/bash-completion/completions/meetings)
//   zsh:  meetings completion zsh > "${fpath[1]}/_meetings"
//   fish: meetings completion fish > ~/.config/fish/completions/meetings.fish

import { Argument, type Command, type Option } from 'commander';
import { write, type Io } from './context.js';

const SHELLS = ['bash', 'zsh', 'fish'] as const;
type Shell = (typeof SHELLS)[number];

interface Spec {
  name: string;
  description: string;
  options: { long?: string; short?: string; description: string; takesValue: boolean; choices: string[] }[];
}

export function completionCommand(program: Command, io: Io): void {
  program
    .command('completion')
    .description('a shell completion script: source <(meetings completion bash), or zsh, fish')
    .addArgument(new Argument('<shell>', 'bash, zsh or fish').choices(SHELLS))
    .action((shell: Shell) => write(io, SCRIPTS[shell](specs(program))));
}

function specs(program: Command): Spec[] {
  return program.commands.map((c) => ({
    name: c.name(),
    description: brief(c.description()),
    options: [...(c.options as readonly Option[]), { long: '--help', short: '-h', description: 'help for the command', required: false, optional: false, argChoices: undefined } as unknown as Option].map(
      (o) => ({
        long: o.long,
        short: o.short,
        description: brief(o.description),
        takesValue: o.required || o.optional,
        choices: o.argChoices ?? [],
      }),
    ),
  }));
}

/** A description's first clause, short enough for a completion menu. */
function brief(description: string): string {
  const first = description.split(/;|: /)[0].trim();
  return first.length <= 70 ? first : first.slice(0, first.lastIndexOf(' ', 69)) + '…';
}

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

const SCRIPTS: Record<Shell, (commands: Spec[]) => string> = {
  bash: (commands) => {
    const cases = commands
      .map((c) => {
        const names = c.options.flatMap((o) => [o.long, o.short]).filter(Boolean).join(' ');
        const values = c.options
          .filter((o) => o.takesValue)
          .map((o) => {
            const flags = [o.long, o.short].filter(Boolean).join('|');
            return `        ${flags}) ${o.choices.length ? `COMPREPLY=($(compgen -W ${quote(o.choices.join(' '))} -- "$cur"))` : 'COMPREPLY=()'}; return ;;`;
          })
          .join('\n');
        return `    ${c.name})\n      case "$prev" in\n${values}\n      esac\n      opts=${quote(names)} ;;`;
      })
      .join('\n');
    return `# bash completion for meetings: source <(meetings completion bash)
_meetings() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}" opts=""
  if [[ $COMP_CWORD -eq 1 ]]; then
    COMPREPLY=($(compgen -W ${quote(commands.map((c) => c.name).join(' ') + ' --help --version')} -- "$cur"))
    return
  fi
  case "\${COMP_WORDS[1]}" in
${cases}
  esac
  if [[ "$cur" == -* ]]; then
    COMPREPLY=($(compgen -W "$opts" -- "$cur"))
  else
    COMPREPLY=($(compgen -f -- "$cur"))
  fi
}
complete -o filenames -F _meetings meetings
`;
  },
  zsh: (commands) => {
    const esc = (s: string) => s.replace(/[[\]:'\\]/g, (c) => (c === "'" ? `'\\''` : `\\${c}`));
    const described = commands.map((c) => `    '${c.name}:${esc(c.description)}'`).join('\n');
    const cases = commands
      .map((c) => {
        const args = c.options
          .flatMap((o) => [o.long, o.short].filter((f): f is string => !!f).map((flag) => ({ flag, o })))
          .map(({ flag, o }) => {
            const value = o.takesValue ? `:value:${o.choices.length ? `(${o.choices.join(' ')})` : ' '}` : '';
            return `        '${flag}[${esc(o.description)}]${value}'`;
          })
          .join(' \\\n');
        return `    ${c.name})\n      _arguments -s \\\n${args} \\\n        '*:path:_files' ;;`;
      })
      .join('\n');
    return `#compdef meetings
# zsh completion for meetings: meetings completion zsh > "\${fpath[1]}/_meetings"
_meetings() {
  local -a commands
  commands=(
${described}
  )
  if (( CURRENT == 2 )); then
    _describe 'command' commands
    return
  fi
  words=(\${words[2,-1]})
  (( CURRENT-- ))
  case $words[1] in
${cases}
  esac
}
compdef _meetings meetings
`;
  },
  fish: (commands) => {
    const lines = ['# fish completion for meetings: meetings completion fish > ~/.config/fish/completions/meetings.fish'];
    const names = commands.map((c) => c.name).join(' ');
    for (const c of commands) lines.push(`complete -c meetings -f -n 'not __fish_seen_subcommand_from ${names}' -a ${c.name} -d ${quote(c.description)}`);
    for (const c of commands) {
      for (const o of c.options) {
        const flags = [o.long && `-l ${o.long.slice(2)}`, o.short && `-s ${o.short.slice(1)}`].filter(Boolean).join(' ');
        const value = o.takesValue ? (o.choices.length ? ` -x -a ${quote(o.choices.join(' '))}` : ' -r') : '';
        lines.push(`complete -c meetings -n '__fish_seen_subcommand_from ${c.name}' ${flags}${value} -d ${quote(o.description)}`);
      }
    }
    return lines.join('\n') + '\n';
  },
};
