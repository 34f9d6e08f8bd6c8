while x:
    with a:
        for y in z:
            while x:
                with a:
                    for y in z:
                        while x:
                            with a:
                                for y in z:
                                    while x:
                                        with a:
                                            for y in z:
                                                while x:
                                                    with a:
                                                        for y in z:
                                                            while x:
                                                                with a:
                                                                    for y in z:
                                                                        while x:
                                                                            with a:
                                                                                for y in z:
                                                                                    while x:
                                                                                        pass
