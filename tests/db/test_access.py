"""The allow-list, roles and passwords (access.py)."""

from __future__ import annotations

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
    access.remove(con, "@azienda.it")
    assert access.role_for(con, "bruno@azienda.it") is None


@pytest.mark.parametrize("pattern", ["anna", "anna@", "@azienda", "anna@@azienda.it", "a b@azienda.it", ""])
def test_a_pattern_must_be_an_email_or_a_domain(con, pattern):
    with pytest.raises(SmarketingError):
        access.allow(con, pattern, "viewer", "admin")


def test_passwords_sign_people_in_with_their_role(con):
    assert access.mode(con, oidc_configured=False) == "open"
    access.set_password(con, "anna@azienda.it", "una password lunga", "editor", "admin")
    access.set_password(con, "bruno@azienda.it", "un'altra password", "viewer", "admin")
    assert (access.mode(con, False), access.mode(con, True)) == ("password", "oidc")
    assert access.check_password(con, " Anna@Azienda.it", "una password lunga") == access.Person("anna@azienda.it",
                                                                                                "editor")
    assert access.check_password(con, "bruno@azienda.it", "un'altra password").can_edit is False
    assert access.check_password(con, "anna@azienda.it", "sbagliata") is None
    assert access.check_password(con, "nessuno@azienda.it", "una password lunga") is None
    access.remove(con, "anna@azienda.it")              # off the list: the password goes too
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
    access.set_password(con, "anna@azienda.it", "una nuova password", "editor", "admin")
    assert access.check_password(con, "anna@azienda.it", "una nuova password").role == "editor"
