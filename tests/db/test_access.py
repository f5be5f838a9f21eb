"""The allow-list, roles and passwords (access.py)."""

from __future__ import annotations

import threading
import time

import pytest

from smarketing import access
from smarketing.errors import SmarketingError


def test_passwords_are_salted_scrypt_hashes_checked_in_constant_time(monkeypatch):
    first, second = access.hash_password("una password lunga"), access.hash_password("una password lunga")
    assert first != second and first.startswith("scrypt$16384$8$1$") and "una password" not in first
    assert access.verify_password("una password lunga", first)
    assert not access.verify_password("una password lungA", first)
    assert not access.verify_password("x", "not-a-hash") and not access.verify_password("x", "md5$1$1$1$00$00")
    compared = []
    real = access.hmac.compare_digest
    monkeypatch.setattr(access.hmac, "compare_digest", lambda a, b: compared.append(1) or real(a, b))
    access.verify_password("una password lunga", first)
    assert compared == [1]


def test_an_emails_own_rule_beats_its_domains(con):
    access.allow(con, "@Azienda.it", "viewer", "admin")
    access.allow(con, "Anna@azienda.it ", "editor", "admin")
    assert [(r["pattern"], r["role"]) for r in access.rules(con)] == [("anna@azienda.it", "editor"),
                                                                      ("@azienda.it", "viewer")]
    assert (access.role_for(con, "ANNA@azienda.it"), access.role_for(con, "bruno@azienda.it"),
            access.role_for(con, "carla@altra.it"), access.role_for(con, None)) == ("editor", "viewer", None, None)
    access.remove(con, "@azienda.it", "admin")
    assert access.role_for(con, "bruno@azienda.it") is None


@pytest.mark.parametrize("pattern", ["anna", "anna@", "@azienda", "anna@@azienda.it", "a b@azienda.it", ""])
def test_a_pattern_must_be_an_email_or_a_domain(con, pattern):
    with pytest.raises(SmarketingError):
        access.allow(con, pattern, "viewer", "admin")


def test_passwords_sign_people_in_with_their_role(con):
    assert access.mode(con, oidc_configured=False) == "open"
    # the first password turns sign-in on, so its owner becomes the admin whatever role was asked
    assert access.set_password(con, "capo@azienda.it", "la password del capo", "editor", "setup") == "admin"
    assert access.set_password(con, "anna@azienda.it", "una password lunga", "editor", "capo@azienda.it") == "editor"
    access.set_password(con, "bruno@azienda.it", "un'altra password", "viewer", "capo@azienda.it")
    assert (access.mode(con, False), access.mode(con, True)) == ("password", "oidc")
    assert access.check_password(con, " Anna@Azienda.it", "una password lunga") == access.Person("anna@azienda.it",
                                                                                                "editor")
    assert access.check_password(con, "bruno@azienda.it", "un'altra password").can_edit is False
    assert access.check_password(con, "anna@azienda.it", "sbagliata") is None
    assert access.check_password(con, "nessuno@azienda.it", "una password lunga") is None
    access.remove(con, "anna@azienda.it", "capo@azienda.it")       # off the list: the password goes too
    assert access.check_password(con, "anna@azienda.it", "una password lunga") is None
    with pytest.raises(SmarketingError) as raised:
        access.set_password(con, "carla@azienda.it", "corta", "editor", "admin")
    assert raised.value.message("en") == "The password must have at least 10 characters."
    with pytest.raises(SmarketingError):
        access.set_password(con, "@azienda.it", "una password lunga", "editor", "admin")


def test_five_wrong_passwords_make_the_address_wait(con):
    access.set_password(con, "anna@azienda.it", "una password lunga", "editor", "admin")
    for _ in range(access.MAX_FAILURES):
        assert access.check_password(con, "anna@azienda.it", "sbagliata") is None
    with pytest.raises(SmarketingError) as raised:
        access.check_password(con, "anna@azienda.it", "una password lunga")    # even the right one waits
    until = con.execute("select min(failed_at) + interval 15 minutes from sign_in_failures").fetchone()[0]
    assert raised.value.message("it") == (f"Troppi tentativi non riusciti per questo indirizzo. Riprova dalle "
                                          f"{until:%H:%M}, oppure chiedi all'amministratore una nuova password.")
    # the moment travels as ISO text and each language words it
    assert raised.value.params == {"until": f"{until:%Y-%m-%dT%H:%M}"}
    assert raised.value.message("en") == (f"Too many failed attempts for this address. Try again from {until:%H:%M}, "
                                          "or ask the administrator for a new password.")
    # an unknown address is counted the same way, so the lock tells nobody which addresses exist
    for _ in range(access.MAX_FAILURES):
        access.check_password(con, "nessuno@azienda.it", "x")
    with pytest.raises(SmarketingError):
        access.check_password(con, "nessuno@azienda.it", "x")
    # the window passes: the right password works again and clears the count
    con.execute("update sign_in_failures set failed_at = failed_at - interval 16 minutes "
                "where email = 'anna@azienda.it'")
    assert access.check_password(con, "anna@azienda.it", "una password lunga").name == "anna@azienda.it"
    assert con.execute("select count(*) from sign_in_failures where email = 'anna@azienda.it'").fetchone() == (0,)


def test_a_new_password_from_the_administrator_lifts_the_wait(con):
    access.set_password(con, "anna@azienda.it", "una password lunga", "editor", "admin")
    for _ in range(access.MAX_FAILURES):
        access.check_password(con, "anna@azienda.it", "sbagliata")
    # no role named: she keeps hers (the first password made her the admin)
    assert access.set_password(con, "anna@azienda.it", "una nuova password", None, "admin") == "admin"
    assert access.check_password(con, "anna@azienda.it", "una nuova password").role == "admin"


@pytest.mark.parametrize("identity", ["x@azienda.it@evil.com", "@azienda.it", "x@sub.azienda.it", "x @azienda.it",
                                      "azienda.it", "x@azienda.it\n"])
def test_only_a_single_address_gets_a_domains_role(con, identity):
    access.allow(con, "@azienda.it", "editor", "admin")
    # a trailing newline is trimmed like any outer space; the rest are not one address of the domain
    assert access.role_for(con, identity) == ("editor" if identity == "x@azienda.it\n" else None)


def test_a_password_is_the_same_however_its_accents_are_composed():
    stored = access.hash_password("caff\u00e8 amaro 2026")
    assert access.verify_password("caffe\u0300 amaro 2026", stored)


def test_an_unknown_address_is_checked_against_the_decoy(con, monkeypatch):
    access.set_password(con, "anna@azienda.it", "una password lunga", "editor", "admin")
    checked = []
    real = access.verify_password
    monkeypatch.setattr(access, "verify_password", lambda p, stored: checked.append(stored) or real(p, stored))
    access.check_password(con, "nessuno@azienda.it", "una password lunga")
    access.check_password(con, "anna@azienda.it", "una password lunga")
    anna = con.execute("select hash from passwords").fetchone()[0]
    assert checked == [access._decoy(), anna]


def test_tries_at_the_same_moment_cannot_slip_past_the_limit(con, monkeypatch):
    """Ten sessions guess at once, each check taking a while: five are checked, five are told to wait."""
    access.set_password(con, "anna@azienda.it", "una password lunga", "editor", "admin")
    real = access.verify_password
    monkeypatch.setattr(access, "verify_password", lambda p, stored: time.sleep(0.2) or real(p, stored))
    barrier = threading.Barrier(10)
    outcomes = []

    def guess(cursor):
        barrier.wait()
        try:
            outcomes.append(access.check_password(cursor, "anna@azienda.it", "sbagliata"))
        except SmarketingError as exc:
            outcomes.append(exc.key)

    threads = [threading.Thread(target=guess, args=(con.cursor(),)) for _ in range(10)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes, key=str) == [None] * access.MAX_FAILURES + ["error.access_locked"] * 5


@pytest.fixture
def shared(con):
    access.set_password(con, "capo@azienda.it", "la password del capo", "admin", "setup")
    access.set_password(con, "anna@azienda.it", "una password lunga", "editor", "capo@azienda.it")
    access.allow(con, "@azienda.it", "viewer", "capo@azienda.it")
    return con


def _state(con) -> list[tuple]:
    return [(r["pattern"], r["role"], r["has_password"]) for r in access.rules(con)]


def test_the_last_admin_stays_while_sign_in_is_on(shared):
    before = _state(shared)
    for change in (lambda: access.allow(shared, "capo@azienda.it", "editor", "anna@azienda.it"),
                   lambda: access.remove(shared, "capo@azienda.it", "anna@azienda.it")):
        with pytest.raises(SmarketingError) as raised:
            change()
        assert raised.value.message("en") == (
            "While sign-in is on there must always be at least one admin, who can manage the team and access from "
            "the app: nothing was changed. First give a person the admin role (python -m smarketing access "
            "allow EMAIL --role admin).")
        assert _state(shared) == before
    # with a second admin, the first may step down
    access.allow(shared, "anna@azienda.it", "admin", "capo@azienda.it")
    access.allow(shared, "capo@azienda.it", "editor", "anna@azienda.it")
    assert _state(shared) == [("anna@azienda.it", "admin", True), ("capo@azienda.it", "editor", True),
                              ("@azienda.it", "viewer", False)]


def test_an_admin_is_a_person_and_nobody_changes_their_own_access(shared):
    with pytest.raises(SmarketingError) as raised:
        access.allow(shared, "@azienda.it", "admin", "capo@azienda.it")
    assert raised.value.message("it") == "Il ruolo admin va dato a una persona, non a un intero dominio (@azienda.it)."
    for change in (lambda: access.allow(shared, "Capo@azienda.it", "viewer", "capo@azienda.it"),
                   lambda: access.remove(shared, "capo@azienda.it", " CAPO@azienda.it")):
        with pytest.raises(SmarketingError) as raised:
            change()
        assert raised.value.message("en") == "You cannot change or remove your own access: ask another admin."
    assert access.role_for(shared, "capo@azienda.it") == "admin"


def test_removing_the_last_password_does_not_open_the_server_unasked(shared):
    access.allow(shared, "anna@azienda.it", "admin", "capo@azienda.it")
    access.remove(shared, "capo@azienda.it", "anna@azienda.it")
    before = _state(shared)
    # anna's is the last password: without it the app would ask nobody anything
    access.allow(shared, "dario@azienda.it", "admin", "anna@azienda.it")
    with pytest.raises(SmarketingError) as raised:
        access.remove(shared, "anna@azienda.it", "dario@azienda.it")
    assert raised.value.message("en") == (
        "Removing anna@azienda.it would leave no password: the app would stop asking anyone to sign in and "
        "whoever reaches the server would get in as admin, the allow-list no longer looked at. Nothing "
        "was changed. If that is what you want, run it again with --open; otherwise set another person's password "
        "first.")
    assert _state(shared) == [("anna@azienda.it", "admin", True), ("dario@azienda.it", "admin", False), *before[1:]]
    assert access.mode(shared, False) == "password"
    access.remove(shared, "anna@azienda.it", "dario@azienda.it", open_server=True)
    assert access.mode(shared, False) == "open"
    # with the company account, passwords are not what keeps the server shut
    assert access.mode(shared, True) == "oidc"


def test_with_the_company_account_the_first_rule_names_an_admin(con):
    with pytest.raises(SmarketingError) as raised:
        access.allow(con, "@azienda.it", "editor", "setup", oidc=True)
    assert raised.value.key == "error.access_no_admin"
    assert access.rules(con) == []
    access.allow(con, "capo@azienda.it", "admin", "setup", oidc=True)
    access.allow(con, "@azienda.it", "editor", "setup", oidc=True)
    assert _state(con) == [("capo@azienda.it", "admin", False), ("@azienda.it", "editor", False)]


def test_wrong_passwords_from_one_place_never_keep_the_owner_out_from_another(con):
    # a visitor guessing five times kept the only administrator out until the server was stopped
    access.set_password(con, "anna@azienda.it", "una password lunga", "admin", "admin")
    for _ in range(access.MAX_FAILURES):
        assert access.check_password(con, "anna@azienda.it", "sbagliata", "203.0.113.7") is None
    with pytest.raises(SmarketingError):
        access.check_password(con, "anna@azienda.it", "una password lunga", "203.0.113.7")
    assert access.check_password(con, "anna@azienda.it", "una password lunga", "192.0.2.10").role == "admin"
