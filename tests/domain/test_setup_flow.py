from kiosk.domain.setup_flow import Mode, Problem, SetupFlow, Step, shift_time


def through_pin(flow: SetupFlow) -> None:
    flow.choose_language("de")
    assert flow.set_name("  Kulturhaus   Hanstholm ") is None
    assert flow.confirm_hours() is None
    assert flow.set_pin("2468") is None
    assert flow.confirm_pin("2468") is None


def test_standalone_in_order() -> None:
    flow = SetupFlow()
    assert flow.step is Step.LANGUAGE
    through_pin(flow)
    assert flow.step is Step.MODE
    flow.choose_mode(Mode.STANDALONE)
    assert flow.step is Step.DONE
    assert flow.draft.space_name == "Kulturhaus Hanstholm" and flow.draft.pin == "2468"
    assert flow.settings_values() == {"language": "de", "space_name": "Kulturhaus Hanstholm",
                                      "opening_hours": "mon-sun 08:00-17:00"}


def test_name_rules() -> None:
    flow = SetupFlow()
    flow.choose_language("da")
    assert flow.set_name("   ") is Problem.NAME_EMPTY
    assert flow.set_name("x" * 81) is Problem.NAME_LONG
    assert flow.step is Step.NAME


def test_hours_move_in_half_hours_and_must_be_in_order() -> None:
    flow = SetupFlow()
    flow.choose_language("en")
    flow.set_name("Space")
    flow.move_hours("opening", -30)
    flow.move_hours("closing", 30)
    assert (flow.draft.opening, flow.draft.closing) == ("07:30", "17:30")
    for _ in range(40):
        flow.move_hours("opening", 30)
    assert flow.draft.opening == "23:30"  # stops, never wraps to the next day
    assert flow.confirm_hours() is Problem.HOURS_ORDER and flow.step is Step.HOURS
    assert shift_time("00:00", -30) == "00:00"


def test_pin_rules_and_a_mismatch_start_the_pin_again() -> None:
    flow = SetupFlow()
    flow.choose_language("da")
    flow.set_name("Space")
    flow.confirm_hours()
    assert flow.set_pin("123") is Problem.PIN_RULES
    assert flow.set_pin("12a4") is Problem.PIN_RULES
    assert flow.set_pin("123456789") is Problem.PIN_RULES
    for weak in ("1234", "1111", "0000", "9876", "1990", "2026", "456789", "00000000"):
        assert flow.set_pin(weak) is Problem.PIN_WEAK, weak  # too easy to guess: refused, still at the PIN
    assert flow.step is Step.PIN
    assert flow.set_pin("1357") is None and flow.step is Step.PIN_AGAIN
    assert flow.confirm_pin("1358") is Problem.PIN_MISMATCH
    assert flow.step is Step.PIN and flow.draft.pin == ""
    assert flow.set_pin("86427531") is None
    assert flow.confirm_pin("86427531") is None and flow.step is Step.MODE


def test_back_from_mode_skips_the_second_pin_and_forgets_the_pin() -> None:
    flow = SetupFlow()
    through_pin(flow)
    assert flow.back() is Step.PIN
    assert flow.draft.pin == ""
    assert flow.back() is Step.HOURS
    assert flow.back() is Step.NAME
    assert flow.back() is Step.LANGUAGE
    assert flow.back() is Step.LANGUAGE


def test_join_typed_then_a_failure_returns_to_the_address() -> None:
    flow = SetupFlow()
    through_pin(flow)
    flow.choose_mode(Mode.JOIN)
    assert flow.step is Step.SERVER
    assert flow.set_server("", "ABC") is Problem.URL_MISSING
    assert flow.set_server("kiosk.example.dk", "ABC") is Problem.URL_SCHEME
    assert flow.set_server("ftp://kiosk.example.dk", "ABC") is Problem.URL_SCHEME
    assert flow.set_server("https://", "ABC") is Problem.URL_SCHEME
    assert flow.set_server("https://kiosk.example.dk/", "  ") is Problem.CODE_MISSING
    assert flow.set_server(" https://kiosk.example.dk/ ", "ab cd 12") is None
    assert flow.step is Step.JOINING
    assert (flow.draft.server_url, flow.draft.code) == ("https://kiosk.example.dk", "ABCD12")
    assert flow.back() is Step.JOINING  # no way back while the server is asked
    flow.join_failed()
    assert flow.step is Step.SERVER
    flow.set_server("https://kiosk.example.dk", "ABCD12")
    flow.joined()
    assert flow.step is Step.DONE


def test_join_by_qr_fails_back_to_the_camera() -> None:
    flow = SetupFlow()
    through_pin(flow)
    flow.choose_mode(Mode.JOIN)
    flow.scan_instead()
    assert flow.step is Step.SCAN
    assert flow.set_server("https://kiosk.example.dk", "ABCD12") is None
    flow.join_failed()
    assert flow.step is Step.SCAN
    assert flow.back() is Step.SERVER


def test_spaces_typed_into_the_address_are_slips_not_part_of_it() -> None:
    """The on-screen keyboard's space bar sits under the letters; an address never has a space."""
    flow = SetupFlow()
    through_pin(flow)
    flow.choose_mode(Mode.JOIN)
    assert flow.set_server("https:// kiosk. example .dk/ ", "abcd 1234 56") is None
    assert (flow.draft.server_url, flow.draft.code) == ("https://kiosk.example.dk", "ABCD123456")
    flow.join_failed()
    assert flow.set_server("HTTPS://Kiosk.Example.DK//", "x") is None  # the scheme's case is no mistake
    assert flow.draft.server_url == "HTTPS://Kiosk.Example.DK"
    flow.join_failed()
    assert flow.set_server("h ttps:/ /", "x") is Problem.URL_SCHEME


def test_a_qr_read_fills_the_address_and_waits_for_join() -> None:
    flow = SetupFlow()
    through_pin(flow)
    flow.choose_mode(Mode.JOIN)
    flow.scan_instead()
    assert flow.qr_read("javascript:alert(1)", "ABCD12") is Problem.NOT_A_SETUP_QR
    assert flow.step is Step.SCAN
    assert flow.qr_read("https://kiosk.example.dk", "ABCD12") is None
    assert flow.step is Step.SERVER and flow.draft.server_url == ""  # nothing taken until Join


# --- found by mutation testing (tools/mutation.sh)


def test_the_limits_exactly_and_what_each_step_keeps() -> None:
    assert SetupFlow("de").draft.language == "de" and SetupFlow("fr").draft.language == "da"
    flow = SetupFlow()
    flow.choose_language("en")
    assert flow.set_name("x" * 80) is None  # 80 characters is allowed
    flow.draft.closing = flow.draft.opening
    assert flow.confirm_hours() is Problem.HOURS_ORDER  # opening at closing time is no day
    assert flow.step is Step.HOURS


def test_a_server_address_is_http_or_https_with_something_after_it() -> None:
    from kiosk.domain.setup_flow import server_problem

    assert server_problem("http://k", "C") is None  # the shortest that names a host
    assert server_problem("HTTPS://door.example", "C") is None
    assert server_problem("http://", "C") is Problem.URL_SCHEME
    assert server_problem("ftp://door.example/?back=https://x", "C") is Problem.URL_SCHEME  # the first scheme
    assert server_problem("https://door.example/?next=ftp://x", "C") is None  # counts, not the last


def test_joining_keeps_the_address_without_its_slash_and_a_failure_returns_to_it() -> None:
    flow = SetupFlow()
    through_pin(flow)
    flow.choose_mode(Mode.JOIN)
    assert flow.draft.mode is Mode.JOIN and flow.step is Step.SERVER
    assert flow.set_server("https://server.example/", "abcd") is None
    assert flow.draft.server_url == "https://server.example" and flow.step is Step.JOINING
    flow.join_failed()
    assert flow.step is Step.SERVER
