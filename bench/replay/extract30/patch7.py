import pathlib
import sys

p = pathlib.Path(sys.argv[1]) / "src/termsmith/extract/rules/legal.py"
if not p.exists():
    sys.exit(1)
s = p.read_text()
i = s.find("_FEES_PAID = _re(")
if i < 0:
    sys.exit(1)
j = s.find("\n)", i)
alt = '''\n    r"|(?:最高限额|最高限額|上限|不超过|不超過)(?:为|為|是)?(?:[^,，。;；\\d]|\\d+\\s*(?:年|[个個]月)){0,24}(?:服务费|服務費)(?!\\s*\\d)"'''
s = s[:j] + alt + s[j:]
p.write_text(s)
