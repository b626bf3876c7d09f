# §4.12 socketserver: the handler's class line is printed as `class.txt MyTCPhandler(...)`.
# Run: python3 docs/errata/s4_12_class_txt.py
# A file holding that line cannot even start, so this script compiles the handler as the
# original prints it, and again with `class`.

# region show
original = '''import socketserver
class.txt MyTCPhandler(socketserver.BaseRequestHandler):
    def handle(self):
        pass
'''
fixed = original.replace('class.txt', 'class')
for name, source in (('as printed', original), ('with "class"', fixed)):
    try:
        compile(source, '<example>', 'exec')
        print(name + ': compiles')
    except SyntaxError as e:
        print(name + ': SyntaxError at line %d: %s' % (e.lineno, e.msg))
# endregion
