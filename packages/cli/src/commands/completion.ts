import type { Command } from '../command.js';
import { EXIT, UsageError } from '../io.js';

const SHELLS = ['bash', 'zsh', 'fish'] as const;

/** The long options of a command, with `--help`, as typed on the command line. */
const optionsOf = (command: Command) => [
  ...Object.keys(command.options).map((name) => `--${name}`),
  '--help',
];

function bash(commands: readonly Command[]): string {
  const cases = commands
    .map((command) => `    ${command.name}) opts="${optionsOf(command).join(' ')}" ;;`)
    .join('\n');
  return `# kiji completion for bash: eval "$(kiji completion bash)" in ~/.bashrc
_kiji() {
  local cur=\${COMP_WORDS[COMP_CWORD]} opts=""
  if [ "$COMP_CWORD" -eq 1 ]; then
    COMPREPLY=($(compgen -W "${commands.map((command) => command.name).join(' ')} --help --version" -- "$cur"))
    return
  fi
  case \${COMP_WORDS[1]} in
${cases}
  esac
  if [[ $cur == -* ]]; then
    COMPREPLY=($(compgen -W "$opts" -- "$cur"))
  else
    COMPREPLY=($(compgen -f -- "$cur"))
  fi
}
complete -o default -F _kiji kiji
`;
}

function zsh(commands: readonly Command[]): string {
  return `# kiji completion for zsh: eval "$(kiji completion zsh)" in ~/.zshrc
autoload -U +X bashcompinit && bashcompinit
${bash(commands).split('\n').slice(1).join('\n')}`;
}

function fish(commands: readonly Command[]): string {
  const lines = [
    '# kiji completion for fish: kiji completion fish > ~/.config/fish/completions/kiji.fish',
    'complete -c kiji -f',
    ...commands.map(
      (command) =>
        `complete -c kiji -n __fish_use_subcommand -a ${command.name} -d '${command.summary.replace(/'/g, "\\'")}'`,
    ),
  ];
  for (const command of commands) {
    for (const [name, option] of Object.entries(command.options)) {
      const takesValue = option.type === 'string' ? ' -r -F' : '';
      lines.push(`complete -c kiji -n '__fish_seen_subcommand_from ${command.name}' -l ${name}${takesValue}`);
    }
    lines.push(`complete -c kiji -n '__fish_seen_subcommand_from ${command.name}' -F`);
  }
  return `${lines.join('\n')}\n`;
}

/** `kiji completion bash|zsh|fish`, built from the commands it is given (all of them). */
export function completionCommand(all: () => readonly Command[]): Command {
  return {
    name: 'completion',
    summary: 'print a shell completion script (bash, zsh or fish)',
    help: `Usage: kiji completion bash|zsh|fish

Prints a script that completes kiji's commands, options and file names in your shell.

Examples:
  eval "$(kiji completion bash)"      # in ~/.bashrc
  eval "$(kiji completion zsh)"       # in ~/.zshrc
  kiji completion fish > ~/.config/fish/completions/kiji.fish`,
    options: {},
    async run({ positionals }, io) {
      const [shell] = positionals;
      if (positionals.length !== 1 || !(SHELLS as readonly string[]).includes(shell!)) {
        throw new UsageError(`name a shell: ${SHELLS.join(', ')}`);
      }
      const script = { bash, zsh, fish }[shell as (typeof SHELLS)[number]](all());
      io.stdout(script);
      return EXIT.ok;
    },
  };
}
