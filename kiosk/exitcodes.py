"""The program's exit statuses, for `kiosk` and `python main.py` alike."""

EXIT_OK = 0  # done
EXIT_REFUSED = 1  # a check-in was refused; the answer was printed as usual
EXIT_USAGE = 2  # bad arguments, unknown member, unreadable file: anything a person can fix
EXIT_NO_DISPLAY = 3  # `kiosk run` found no screen
EXIT_OFFLINE = 4  # `kiosk sync`/`enroll`: the server could not be reached; the door keeps working offline
EXIT_UNHEALTHY = 5  # `kiosk doctor` found something wrong (it says what)
EXIT_BUG = 70  # something went wrong inside the program (a bug, logged with its traceback; EX_SOFTWARE)
