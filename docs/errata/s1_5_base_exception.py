# §1.5 Custom exceptions: an exception derived from BaseException escapes `except Exception`.
# Run: python3 docs/errata/s1_5_base_exception.py
# The original derives its custom exception from BaseException although its text says to
# derive from Exception. The handler below, like most real handlers, catches Exception.

# region show
class MyError(BaseException):          # what the original does
    def __init__(self, msg):
        self.msg = msg


class MyFixedError(Exception):         # what its own text recommends
    def __init__(self, msg):
        self.msg = msg


for cls in (MyFixedError, MyError):
    try:
        try:
            raise cls('custom failure')
        except Exception as e:
            print(cls.__name__, 'caught by "except Exception":', e.msg)
    except BaseException as e:
        print(cls.__name__, 'ESCAPED "except Exception"; only "except BaseException" caught it:', e.msg)
# endregion
