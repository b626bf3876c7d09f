# §4.11 Event: the example's `Thread(target=check_mysql` line lacks its closing parenthesis.
# Run: python3 docs/errata/s4_11_missing_parenthesis.py
# A file holding that line cannot even start, so this script compiles the line as the
# original prints it, and again with the parenthesis added.

# region show
original = "from threading import Thread\nt = Thread(target=check_mysql\nt.start()\n"
fixed = "from threading import Thread\nt = Thread(target=check_mysql)\nt.start()\n"
for name, source in (('as printed', original), ('with ")" added', fixed)):
    try:
        compile(source, '<example>', 'exec')
        print(name + ': compiles')
    except SyntaxError as e:
        print(name + ': SyntaxError at line %d: %s' % (e.lineno, e.msg))
# endregion
