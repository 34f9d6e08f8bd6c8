def f():
    try:
        pass
    except:
        pass
    except (TypeError, ValueError):
        pass
    finally:
        pass
