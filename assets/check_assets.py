"""Check the asset manifests: every referenced file exists, ids are unique, pictures
refer to real stickers, sounds are 16-bit mono 22050 Hz WAV under 60 KB, and (if
PySide6 is importable) every SVG is valid for QSvgRenderer and every font loads.

Run:  QT_QPA_PLATFORM=offscreen python assets/check_assets.py
"""
import json, os, sys, re
A = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
def J(p): return json.load(open(os.path.join(A, p)))
err = []
st = J('stickers/stickers.json'); ids = [s['id'] for s in st['stickers']]; S = set(ids)
if len(ids) != len(S): err.append('dup sticker ids')
cats = {c['id'] for c in st['categories']}
for c in st['categories']:
    if c['icon'] not in S: err.append('cat icon ' + c['icon'])
from collections import Counter
cc = Counter(s['category'] for s in st['stickers'])
for s in st['stickers']:
    if s['category'] not in cats: err.append('cat ' + s['id'])
    if not os.path.isfile(os.path.join(A, 'stickers', s['file'])): err.append('file ' + s['file'])
    if not re.fullmatch(r'[a-z][a-z0-9_]*', s['id']) or s['name'] != s['name'].lower(): err.append('name ' + s['id'])
    if s['file'] != f"svg/{s['id']}.svg": err.append('path ' + s['id'])
for c in cats:
    if cc[c] < 12: err.append('small cat ' + c)
av = J('avatars/avatars.json')['avatars']
for a in av:
    if not os.path.isfile(os.path.join(A, 'avatars', a['file'])): err.append('avatar ' + a['id'])
ic = J('icons/icons.json')['icons']
for n, f in ic.items():
    if not os.path.isfile(os.path.join(A, 'icons', f)): err.append('icon ' + n)
cards = J('ideas/idea_cards.json')['cards']
kc = Counter(c['kind'] for c in cards)
if len({c['id'] for c in cards}) != len(cards): err.append('dup card ids')
for c in cards:
    if c['picture'] not in S: err.append('card pic ' + c['picture'])
    if c['kind'] not in ('book', 'list', 'sign', 'letter'): err.append('kind ' + c['id'])
for t in ["Make a sign to warn people about something", "Write a letter to someone you miss", "Make a list of things you love", "Make a book about your pet"]:
    if t not in {c['text'] for c in cards}: err.append('missing card ' + t)
banks = J('word_wall/starter_banks.json')['banks']
for b in banks:
    if b['picture'] not in S: err.append('bank pic ' + b['id'])
    if not 10 <= len(b['words']) <= 20: err.append('bank size ' + b['id'])
    for w in b['words']:
        if w['picture'] is not None and w['picture'] not in S: err.append('word pic ' + w['word'])
fonts = J('fonts/fonts.json')['fonts']
for f in fonts:
    for x in f['files']:
        if not os.path.isfile(os.path.join(A, 'fonts', x)): err.append('font ' + x)
snd = J('sounds/sounds.json')['sounds'] if os.path.exists(os.path.join(A, 'sounds/sounds.json')) else {}
for k, f in snd.items():
    if not os.path.isfile(os.path.join(A, 'sounds', f)): err.append('sound ' + k)
for d in ['fonts', 'stickers', 'avatars', 'icons', 'sounds']:
    if os.path.isdir(os.path.join(A, d)):
        for need in ['LICENSE', 'SOURCE.md']:
            if not os.path.isfile(os.path.join(A, d, need)): err.append(f'{d}/{need} missing')
import wave, glob
for k, f in snd.items():
    p = os.path.join(A, 'sounds', f)
    if os.path.isfile(p):
        with wave.open(p) as w:
            if (w.getnchannels(), w.getsampwidth(), w.getframerate()) != (1, 2, 22050): err.append('format ' + f)
        if os.path.getsize(p) > 60 * 1024: err.append('big ' + f)
try:
    from PySide6.QtGui import QGuiApplication, QFontDatabase
    from PySide6.QtSvg import QSvgRenderer
except ImportError:
    print('PySide6 not importable: SVG and font checks skipped')
else:
    app = QGuiApplication.instance() or QGuiApplication([])
    svgs = glob.glob(os.path.join(A, '*', 'svg', '*.svg'))
    for p in svgs:
        if not QSvgRenderer(p).isValid(): err.append('invalid svg ' + p)
    for f in fonts:
        for x in f['files']:
            i = QFontDatabase.addApplicationFont(os.path.join(A, 'fonts', x))
            if i < 0 or f['family'] not in QFontDatabase.applicationFontFamilies(i): err.append('font family ' + x)
    print('svg files checked with QSvgRenderer:', len(svgs))
print('stickers', len(ids), dict(cc)); print('avatars', len(av), 'icons', len(ic), 'cards', len(cards), dict(kc))
print('banks', [(b['id'], len(b['words'])) for b in banks], 'fonts', [f['family'] for f in fonts], 'sounds', list(snd))
print('ERRORS', err if err else 'none')
sys.exit(1 if err else 0)
