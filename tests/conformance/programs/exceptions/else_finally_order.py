"""The order of try, except, else and finally blocks."""
def run(fail):
    try:
        print("try")
        if fail:
            raise RuntimeError("boom")
    except RuntimeError as e:
        print("except", e)
    else:
        print("else")
    finally:
        print("finally")
run(False)
run(True)
