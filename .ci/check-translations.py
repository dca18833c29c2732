#!/usr/bin/env python3
# Fails when a translation (translations/spawnai_<lang>.ts, not the English
# source) has an unfinished, empty or obsolete entry, or a translation that
# drops or adds a placeholder (%1, %n) or changes the number of mnemonics.
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent / 'translations'
files = [root] if root.is_file() else sorted(p for p in root.glob('spawnai_*.ts') if not p.name.endswith('_en.ts'))
placeholder = re.compile(r'%(?:\d+|n)')
problems = []
for path in files:
    for context in ET.parse(path).getroot().iter('context'):
        name = context.findtext('name')
        for message in context.iter('message'):
            source = message.findtext('source') or ''
            translation = message.find('translation')
            kind = translation.get('type')
            forms = [f.text or '' for f in translation.iter('numerusform')] or [translation.text or '']
            where = f'{path.name}: {name}: "{source[:60]}"'
            if kind in ('unfinished', 'obsolete', 'vanished'):
                problems.append(f'{where} is {kind}')
                continue
            for form in forms:
                if not form.strip() and source.strip():
                    problems.append(f'{where} has an empty translation')
                elif sorted(set(placeholder.findall(form))) != sorted(set(placeholder.findall(source))):
                    problems.append(f'{where} changes the placeholders')
                elif source.replace('&&', '').count('&') != form.replace('&&', '').count('&'):
                    problems.append(f'{where} changes the mnemonic')
for problem in problems:
    print(problem, file=sys.stderr)
if not files:
    print('no translations found', file=sys.stderr)
    sys.exit(1)
print(f'translations: {len(files)} file(s) checked, {len(problems)} problem(s)')
sys.exit(1 if problems else 0)
