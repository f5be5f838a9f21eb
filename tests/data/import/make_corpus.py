"""The import corpus, byte for byte: every committed file here is written from the literals below.

    .venv/bin/python tests/data/import/make_corpus.py      # rewrite the committed files

tests/db/test_import_corpus.py checks that the committed files are exactly what this script writes, and
builds the big files (a 3 MB line, 30,000 rows, more than 1 MB before a stray byte) into a temporary
folder at test time with the generators at the end, so that nothing large is committed."""

from __future__ import annotations

import gzip
import io
import textwrap
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
NBSP = "\u00a0"


def text(block: str, end: str = "\n") -> str:
    """A dedented block, one line per record, every line ended by `end`."""
    body = textwrap.dedent(block).strip("\n")
    return "".join(line + end for line in body.split("\n"))


def utf8(block: str, end: str = "\n") -> bytes:
    return text(block, end).encode("utf-8")


LINE_ENDS = """
    ID,Email,Azienda
    E1,anna@x.it,Alfa
    E2,bruno@x.it,Beta
    E3,bad,Gamma
    E4,dora@x.it,Delta
"""

UNICODE_LEADS = """
    ID,Email,Azienda,Regione
    U1,anna@caffe.it,Caffè Rossi,Lombardia
    U2,luca@perche.it,Perché Sì Srl,Valle d’Aosta
    U3,not-an-email,Città Nuova,Lazio
"""

REIMPORT_BASE = """
    ID,Email,Azienda,Fase,Data creazione,Valore
    B1,anna@x.it,Alfa,MQL,13/01/2025,100
    B2,bruno@x.it,Beta,SQL,14/01/2025,200
    B3,bad,Gamma,SQL,15/01/2025,300
"""


def _xlsx() -> bytes:
    """A tiny real workbook container: a zip whose first bytes are PK\\x03\\x04, fixed timestamps."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, body in (
            ("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
                                    'package/2006/content-types"/>'),
            ("xl/workbook.xml", '<?xml version="1.0"?><workbook/>'),
            ("xl/worksheets/sheet1.xml", '<?xml version="1.0"?><worksheet><sheetData/></worksheet>'),
        ):
            z.writestr(zipfile.ZipInfo(name, date_time=(2025, 3, 1, 0, 0, 0)), body)
    return out.getvalue()


FILES: dict[str, bytes] = {
    # --- encodings -----------------------------------------------------------------------------------
    "utf8_bom.csv": b"\xef\xbb\xbf" + utf8(UNICODE_LEADS, "\r\n"),
    "utf8_no_bom.csv": utf8(UNICODE_LEADS, "\r\n"),
    # Excel "Unicode text": UTF-16 LE with BOM, tab-delimited, CRLF
    "utf16le_bom_tab_excel_unicode.txt": "\ufeff".encode("utf-16-le") + text("""
        ID\tEmail\tAzienda\tValore
        W1\tanna@caffe.it\tCaffè Rossi\t1.234,56
        W2\tzoe@zurigo.ch\tZürich AG\t99,90
        W3\tbad\tΩmega\t10
    """, "\r\n").encode("utf-16-le"),
    "cp1252_euro_curly_quotes.csv": text("""
        ID;Email;Azienda;Valore;Campagna
        C1;anna@caffe.it;Caffè “Rossi”;€ 1.234,56;Promo ‘estate’
        C2;bruno@x.it;L’Osteria;EUR 99,90;Sconto – 10%
        C3;bad;Bar “Sport”;5;Fiera
    """, "\r\n").encode("cp1252"),
    # 0x81 0x8d 0x90 are undefined in cp1252: only latin-1 reads this file
    "latin1_invalid_cp1252_bytes.csv": (
        b"ID;Email;Azienda\r\nL1;anna@x.it;Caff\xe8 \x81\r\nL2;bruno@x.it;Citt\xe0 \x8d\x90\r\n"
    ),
    # valid UTF-8 ("Caffè") with one cp1252 byte (0xe9, "é") in the middle of a small file
    "utf8_stray_cp1252_byte.csv": (utf8("""
        ID,Email,Azienda
        S1,anna@caffe.it,Caffè Rossi
    """) + b"S2,bruno@x.it,Perch\xe9 no\n" + utf8("""
        S3,carla@x.it,Bar
    """)),
    # --- dialects ------------------------------------------------------------------------------------
    "semicolon_excel_sep_line.csv": utf8("""
        sep=;
        ID;Email;Azienda;Valore
        D1;anna@x.it;Rossi, Bianchi & C.;1.234,56
        D2;bad;Verdi;10
        D3;carla@x.it;Neri;0,5
    """, "\r\n"),
    "tab_delimited.csv": utf8("""
        ID\tEmail\tAzienda\tFase
        T1\tanna@x.it\t"Alfa\tBeta Srl"\tMQL
        T2\tbad\tGamma\tSQL
        T3\tcarla@x.it\tDelta, Epsilon\tLead
    """),
    "pipe_delimited.csv": utf8("""
        ID|Email|Azienda|Fase
        P1|anna@x.it|"Alfa | Beta"|MQL
        P2|bad|Gamma|SQL
        P3|carla@x.it|Delta; Epsilon, Zeta|Lead
    """),
    "quoted_delimiters_doubled_quotes.csv": utf8('''
        ID,Email,Azienda,Fase
        Q1,anna@x.it,"Rossi, Bianchi & C.",MQL
        Q2,bruno@x.it,"Pizzeria ""Da Mario""",SQL
        Q3,bad,"Uno, ""due"", tre",Lead
        Q4,dora@x.it,Bar "Sport",Lead
    '''),
    # as Excel writes it: CRLF between records, a bare LF inside a quoted cell
    "quoted_newlines_physical_lines.csv": (
        b'ID,Email,Azienda,Data creazione\r\n'
        b'N1,anna@x.it,"Rossi\nBianchi, sede di\nMilano",13/01/2025\r\n'
        b'N2,bruno@x.it,"Dice ""ciao""",31/02/2025\r\n'
        b'N3,carla@x.it,"Verdi\nSrl",14/01/2025\r\n'
        b'N4,bad,Neri,15/01/2025\r\n'
        b'N5,elsa@x.it,Gialli,16/01/2025\r\n'
    ),
    "trailing_delimiters.csv": utf8("""
        ID;Email;Azienda;;
        R1;anna@x.it;Alfa;;
        R2;bad;Beta;;
        R3;carla@x.it;Gamma;;
    """),
    "trailing_delimiters_rows_only.csv": utf8("""
        ID;Email;Azienda
        R1;anna@x.it;Alfa;
        R2;bad;Beta;
        R3;carla@x.it;Gamma;
    """),
    "line_ends_crlf.csv": utf8(LINE_ENDS, "\r\n"),
    "line_ends_lf.csv": utf8(LINE_ENDS, "\n"),
    "line_ends_cr_only.csv": utf8(LINE_ENDS, "\r"),
    "blank_lines_at_end.csv": utf8(LINE_ENDS) + b"\n\n\n",
    "blank_lines_middle_and_end.csv": (
        b"ID,Email,Azienda\n\nB1,anna@x.it,Alfa\n\n\nB2,bad,Beta\nB3,carla@x.it,Gamma\n\n\n"
    ),
    "title_rows_above_header.csv": utf8("""
        Esportazione contatti
        Generato il 01/03/2025 dal CRM

        ID,Email,Azienda
        H1,anna@x.it,Alfa
        H2,bad,Beta
        H3,carla@x.it,Gamma
    """),
    # Excel pads every row to the width of the sheet, title rows too
    "title_rows_excel_padded.csv": utf8("""
        Report lead marzo 2025;;;
        ;;;
        ID;Email;Azienda;Fase
        X1;anna@x.it;Alfa;MQL
        X2;bad;Beta;SQL
        X3;carla@x.it;Gamma;Lead
    """, "\r\n"),
    "duplicate_headers.csv": utf8("""
        ID,Email,Azienda,Email,Note,Note
        K1,anna@x.it,Alfa,anna.privata@x.it,uno,due
        K2,bruno@x.it,Beta,,tre,quattro
    """),
    "ragged_rows.csv": utf8("""
        ID,Email,Azienda,Fase
        G1,anna@x.it,Alfa,MQL
        G2,bruno@x.it,Beta,SQL,extra
        G3,carla@x.it,Gamma
        G4,dora@x.it,Delta,Lead
        G5,elsa@x.it
        G6,fabio@x.it,Zeta,Lead,,
        G7,gina@x.it,Eta,Lead,x,y,z
    """),
    # --- numbers -------------------------------------------------------------------------------------
    "numbers_italian.csv": utf8(f"""
        ID;Email;Valore
        V1;a@x.it;1.234,56
        V2;b@x.it;1.234.567,8
        V3;c@x.it;EUR 1.000,00
        V4;d@x.it;1{NBSP}234,56
        V5;e@x.it;-1.234,5
        V6;f@x.it;1,234.56
        V7;g@x.it;12,5 €
        V8;h@x.it;1.5
        V9;i@x.it;dodici
        V10;j@x.it;0,99
    """),
    "numbers_us.csv": utf8("""
        ID,Email,Amount
        A1,a@x.it,"1,234.56"
        A2,b@x.it,0.5
        A3,c@x.it,"$1,200.00"
        A4,d@x.it,"1.234,56"
        A5,e@x.it,-3
        A6,f@x.it,"1,234,567.80"
    """),
    # --- dates ---------------------------------------------------------------------------------------
    "dates_day_first.csv": utf8("""
        ID,Email,Data creazione
        F1,a@x.it,03/04/2025
        F2,b@x.it,13/04/2025
        F3,c@x.it,31/02/2025
        F4,d@x.it,29/02/2024
        F5,e@x.it,28/02/2025 18:45
    """),
    "dates_month_first.csv": utf8("""
        ID,Email,Created Date
        M1,a@x.it,03/04/2025
        M2,b@x.it,04/13/2025
        M3,c@x.it,02/31/2025
        M4,d@x.it,12/25/2024 09:30
    """),
    "dates_iso_with_time.csv": utf8("""
        ID,Email,Create Date
        I1,a@x.it,2025-04-03
        I2,b@x.it,2025-04-03 14:30
        I3,c@x.it,2025-04-03T14:30:15
        I4,d@x.it,2024-01-22T20:36:47.000+0000
        I5,e@x.it,2025-02-30
        I6,f@x.it,2025/04/05
    """),
    "dates_dotted_two_digit_years.csv": utf8("""
        ID;Email;Data creazione
        O1;a@x.it;03.04.2025
        O2;b@x.it;03.04.25
        O3;c@x.it;13/04/25 09:15
        O4;d@x.it;01.01.70
        O5;e@x.it;31.04.25
    """),
    "dates_italian_month_names.csv": utf8("""
        ID;Email;Data creazione
        T1;a@x.it;3 marzo 2025
        T2;b@x.it;15 Agosto 2024
        T3;c@x.it;1 dic 2024
        T4;d@x.it;3-mar-2025
        T5;e@x.it;30 febbraio 2025
        T6;f@x.it;3 brumaio 2025
        T7;g@x.it;7 settembre 24
    """),
    "dates_excel_serial.csv": utf8("""
        ID,Email,Data creazione
        X1,a@x.it,45658
        X2,b@x.it,45717.5
        X3,c@x.it,45000
    """),
    "dates_absurd_years.csv": utf8("""
        ID,Email,Data creazione
        Y1,a@x.it,03/04/0201
        Y2,b@x.it,13/04/3025
        Y3,c@x.it,0201-04-03
        Y4,d@x.it,3025-04-03
        Y5,e@x.it,13/04/2025
        Y6,f@x.it,31/12/1899
    """),
    "dates_ambiguous_day_first.csv": utf8("""
        ID,Email,Data creazione
        Z1,a@x.it,03/04/2025
        Z2,b@x.it,05/06/2025
        Z3,c@x.it,12/11/2024
    """),
    "dates_two_digit_year_month_name.csv": utf8("""
        ID;Email;Data creazione
        W1;a@x.it;01/12/99
        W2;b@x.it;1 dicembre 99
    """),
    # the same value, 13/01/69, in a column of one shape and in a column of mixed shapes
    "dates_two_digit_year_uniform.csv": utf8("""
        ID,Email,Data creazione
        L1,a@x.it,13/01/69
        L2,b@x.it,14/01/25
    """),
    "dates_two_digit_year_mixed.csv": utf8("""
        ID,Email,Data creazione
        L1,a@x.it,13/01/69
        L2,b@x.it,14.01.25
    """),
    # --- rows ----------------------------------------------------------------------------------------
    "row_problems.csv": utf8("""
        ID,Email,Azienda,Fase,Valore
        R1,anna@x.it,Alfa,MQL,10
        R2,bruno@x.it,Beta,Boh,20
        R3,not-an-email,Gamma,SQL,30
        R1,dora@x.it,Delta,SQL,40
        ,elsa@x.it,Epsilon,Lead,50
        ,,,,
        R7,gina@x.it,Eta,Lead,dieci
        R8,hugo@x.it,Theta,Opportunità,80
        R1,iris@x.it,Iota,SQL,90
    """),
    "nul_byte_in_value.csv": b"ID,Email,Azienda\nN1,anna@x.it,Al\x00fa\nN2,bruno@x.it,Beta\n",
    "email_key_normalised.csv": utf8("""
        Email,Azienda
         Anna@Caffe.IT ,Alfa
        anna@caffe.it,Beta
        ,Gamma
        bruno@x.it,Delta
    """),
    "leading_zeros_cap_piva_phone.csv": utf8("""
        Partita IVA;Email;Telefono;CAP;Ragione sociale
        01234567890;anna@x.it;0039012345678;00184;Alfa Srl
        00012345678;bruno@x.it;+39 06 1234567;09100;Beta Spa
    """),
    "formula_values.csv": utf8("""
        ID,Email,Azienda,Telefono,Fonte,Campagna,Fase,Data creazione,Valore
        F1,anna@x.it,"=HYPERLINK(""http://evil.example"",""clic"")",+39061234,-2,@SUM(A1),MQL,13/01/2025,10
        F2,=1+1,Beta,1,web,c,MQL,13/01/2025,20
        F3,carla@x.it,Gamma,1,web,c,@SUM(A1),13/01/2025,30
        F4,dora@x.it,Delta,1,web,c,MQL,+39 06,40
        F5,elsa@x.it,Epsilon,1,web,c,MQL,13/01/2025,-2
        F6,fabio@x.it,Zeta,1,web,c,MQL,13/01/2025,=1+1
    """),
    # --- file-level failures -------------------------------------------------------------------------
    "empty.csv": b"",
    "bom_only.csv": b"\xef\xbb\xbf",
    "blank_lines_only.csv": b"\r\n\r\n   \r\n",
    "header_only.csv": b"ID,Email,Azienda\r\n",
    "no_header_row.csv": utf8("""
        1001,anna@x.it,Alfa,13/01/2025
        1002,bruno@x.it,Beta,14/01/2025
    """),
    "no_key_column.csv": utf8("""
        Azienda,Fase
        Alfa,MQL
    """),
    "xlsx_renamed.csv": _xlsx(),
    "xls_renamed.csv": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504),
    "pdf_renamed.csv": b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<<>>\n%%EOF\n",
    "gzip_renamed.csv": gzip.compress(utf8(LINE_ENDS), mtime=0),
    # --- re-import and modes -------------------------------------------------------------------------
    "reimport_base.csv": utf8(REIMPORT_BASE),
    "reimport_changed_plus_new.csv": utf8(REIMPORT_BASE.replace(
        "B2,bruno@x.it,Beta,SQL,14/01/2025,200", "B2,bruno@x.it,Beta,Opportunity,14/01/2025,250")
        + "    B4,dora@x.it,Delta,Lead,16/01/2025,50\n"),
}


# --- big files, built at test time -------------------------------------------------------------------

LONG_VALUE_BYTES = 3 * 1024 * 1024


def long_line_value() -> str:
    return "Caffè " + "x" * LONG_VALUE_BYTES + " fine"


def long_line_file() -> bytes:
    """Four records; the second holds a company name of more than 3 MB on one line."""
    return (
        "ID,Email,Azienda,Fase\n"
        "L1,anna@x.it,Alfa,MQL\n"
        f'L2,bruno@x.it,"{long_line_value()}",SQL\n'
        "L3,bad,Gamma,Lead\n"
        "L4,dora@x.it,Delta,Lead\n"
    ).encode()


# --- issue 13: exports as CRMs and ad platforms write them -------------------------------------------------

PIPEDRIVE_STAGES = ("Qualified", "Contact Made", "Demo Scheduled", "Proposal Made", "Negotiations Started")


def pipedrive_deals() -> bytes:
    """A Pipedrive "Deals" export (the header as Pipedrive names its columns): every stage, open, won and
    lost, so a lost deal still tells how far it got. Values follow a fixed cycle: no randomness."""
    out = ["Deal - ID,Deal - Title,Deal - Value,Deal - Currency,Deal - Stage,Deal - Status,Deal - Owner,"
           "Deal - Deal created,Deal - Won time,Deal - Lost time,Deal - Lost reason,Organization - Name"]
    for i in range(1, 58):
        stage = PIPEDRIVE_STAGES[(i * 7) % 5 if i % 3 else i % 5]
        status = ("open", "lost", "won", "lost", "open", "lost")[i % 6]
        if status == "won":
            stage = "Negotiations Started"
        created = f"2024-{i % 12 + 1:02d}-{i % 27 + 1:02d} 09:{i % 60:02d}:00"
        won = f"2024-12-{i % 27 + 1:02d} 17:00:00" if status == "won" else ""
        lost = f"2024-12-{i % 27 + 1:02d} 18:00:00" if status == "lost" else ""
        reason = "Prezzo troppo alto" if status == "lost" else ""
        out.append(f"{1000 + i},Trattativa {i},{i * 150},EUR,{stage},{status},Giulia Neri,{created},{won},{lost},"
                   f"{reason},Cooperativa {i % 9}")
    return ("\n".join(out) + "\n").encode("utf-8")


def pipedrive_custom_stages() -> bytes:
    """46 deals of a Pipedrive pipeline with the company's own stage names: 39 rows name stages no CRM
    standard knows, 7 are won."""
    own = ("Primo contatto", "Sopralluogo fatto", "In attesa di firma")
    out = ["Deal - ID,Deal - Title,Deal - Value,Deal - Currency,Deal - Stage,Deal - Status"]
    for i in range(1, 47):
        if i % 6 == 0 or i == 1:
            out.append(f"{2000 + i},Impianto {i},{i * 100},EUR,Won,won")
        else:
            out.append(f"{2000 + i},Impianto {i},{i * 100},EUR,{own[i % 3]},open")
    return ("\n".join(out) + "\n").encode("utf-8")


def meta_ads_by_ad() -> bytes:
    """A Meta Ads Manager export broken down by ad and day: the currency in the amount's header, several ads
    per campaign and day (their rows share date and campaign, and add up)."""
    out = ["Reporting starts,Reporting ends,Campaign name,Ad set name,Ad name,Amount spent (EUR),Impressions,"
           "Link clicks"]
    for day in range(1, 8):
        for campaign, ads in (("Primavera 2024 - Lead", 3), ("Retargeting sito", 2)):
            for ad in range(1, ads + 1):
                cents = (day * 7919 + ad * 104729 + len(campaign) * 13) % 9000 + 1000
                out.append(f"2024-04-{day:02d},2024-04-{day:02d},{campaign},Italia 25-54,Annuncio {ad},"
                           f"{cents // 100}.{cents % 100:02d},{cents * 3},{cents // 250}")
    return ("\n".join(out) + "\n").encode("utf-8")


def pipedrive_deals_closed_on() -> bytes:
    """A newer Pipedrive "Deals" export: the organization as "Deal - Organization" and one "Deal - Deal closed
    on" for won and lost deals alike (no won or lost time columns), Pipedrive's default pipeline stages."""
    out = ["Deal - ID,Deal - Title,Deal - Organization,Deal - Contact person,Deal - Value,Deal - Currency,"
           "Deal - Pipeline,Deal - Stage,Deal - Status,Deal - Owner,Deal - Deal created,Deal - Deal closed on,"
           "Deal - Expected close date,Deal - Lost reason"]
    for i in range(1, 25):
        stage = PIPEDRIVE_STAGES[i % 5]
        status = ("open", "won", "lost", "won", "open", "lost", "open", "won")[i % 8]
        closed = f"2025-{(i % 3) + 4:02d}-{i % 27 + 1:02d} 16:30:00" if status != "open" else ""
        reason = "Budget non disponibile" if status == "lost" else ""
        out.append(f"{3000 + i},Fornitura {i},Cooperativa Agricola {i % 6},Referente {i},{i * 250},EUR,Vendite Italia,"
                   f"{stage},{status},Paolo Ferri,2025-0{i % 3 + 1}-{i % 27 + 1:02d} 10:00:00,{closed},"
                   f"2025-09-30,{reason}")
    return ("\n".join(out) + "\n").encode("utf-8")


def bitrix24_deals() -> bytes:
    """A Bitrix24 deals export with crm.deal's own column names: stage ids of the default pipeline and of a
    second one ("C2:"), dates in ISO with the portal's offset, OPPORTUNITY as the amount."""
    stages = ("NEW", "PREPARATION", "PREPAYMENT_INVOICE", "EXECUTING", "FINAL_INVOICE", "WON", "LOSE", "APOLOGY",
              "C2:NEW", "C2:WON")
    out = ["ID,TITLE,STAGE_ID,OPPORTUNITY,CURRENCY_ID,DATE_CREATE,CLOSEDATE,ASSIGNED_BY_ID,SOURCE_ID,UTM_SOURCE,"
           "UTM_CAMPAIGN"]
    for i in range(1, 21):
        stage = stages[i % len(stages)]
        out.append(f"{100 + i},Ordine {i},{stage},{i * 1000}.00,EUR,2025-03-{i % 28 + 1:02d}T09:15:00+01:00,"
                   f"2025-05-{i % 28 + 1:02d}T18:00:00+02:00,{7 + i % 3},{('WEB', 'CALL', 'EMAIL')[i % 3]},"
                   f"{('google', 'newsletter', '')[i % 3]},{('primavera', '', 'fiera')[i % 3]}")
    return ("\n".join(out) + "\n").encode("utf-8")


FILES |= {
    # the letters of every script are a stage name, not the empty key
    "stages_other_scripts.csv": "ID,Stage\n1,Выиграна\n2,Проиграна\n3,Κερδισμένη\n4,---\n".encode(),
    # one person written four ways: no-break space, zero-width space, capitals, full-width letters
    "email_invisible_characters.csv": (
        "Email,Azienda\n"
        "anna@ex.it\u00a0,Alfa\n"
        "anna@ex.it,Alfa bis\n"
        "\u200bAnna@Ex.IT,Alfa ter\n"
        "\uff41nna@ex.it,Alfa quater\n"
        "Bruno @Ex.it,Beta\n"
    ).encode("utf-8"),
    "pipedrive_deals_status.csv": pipedrive_deals(),
    "pipedrive_custom_stages.csv": pipedrive_custom_stages(),
    "pipedrive_deals_closed_on.csv": pipedrive_deals_closed_on(),
    # Zoho CRM "Leads" export: Zoho's default lead statuses, its date formats, its column names
    "zoho_leads.csv": utf8("""
        Record Id,Lead Owner,Company,First Name,Last Name,Email,Phone,Lead Source,Lead Status,Industry,Created Time,State
        zcrm_4150868000000212001,Marco Bassi,Alfa Srl,Anna,Riva,anna.riva@alfa.it,+39 02 1234567,Web Download,Not Contacted,Manufacturing,"03 Feb, 2025 09:12:00",Lombardia
        zcrm_4150868000000212002,Marco Bassi,Beta Spa,Bruno,Sala,bruno.sala@beta.it,,Trade Show,Attempted to Contact,Retail,"04 Feb, 2025 11:40:00",Veneto
        zcrm_4150868000000212003,Sara Conti,Gamma Coop,Carla,Neri,carla@gammacoop.it,,Cold Call,Contact in Future,Agriculture,"10 Feb, 2025 15:05:00",Emilia-Romagna
        zcrm_4150868000000212004,Sara Conti,Delta Srl,Dario,Fumagalli,dario@delta.it,,Web Download,Contacted,Manufacturing,"11 Feb, 2025 08:30:00",Lombardia
        zcrm_4150868000000212005,Marco Bassi,Epsilon Snc,Elena,Costa,elena@epsilon.it,,Partner,Pre-Qualified,Services,"17 Feb, 2025 16:20:00",Piemonte
        zcrm_4150868000000212006,Sara Conti,Zeta Spa,Fabio,Greco,fabio@zeta.it,,Advertisement,Junk Lead,Retail,"18 Feb, 2025 10:00:00",Lazio
        zcrm_4150868000000212007,Marco Bassi,Eta Srl,Gina,Villa,gina@eta.it,,Web Download,Lost Lead,Services,"24 Feb, 2025 12:45:00",Toscana
        zcrm_4150868000000212008,Sara Conti,Theta Coop,Ugo,Marini,ugo@theta.it,,Trade Show,Not Qualified,Agriculture,"25 Feb, 2025 17:10:00",Marche
    """),
    # Odoo crm.lead "import-compatible" export: technical field names, stages of the default pipeline
    "odoo_crm_lead.csv": utf8("""
        id,name,email_from,partner_name,user_id,stage_id,expected_revenue,date_closed,create_date,source_id
        __export__.crm_lead_201,Impianto fotovoltaico,luca@agrisole.it,Agrisole Coop,Marco Bassi,New,12000.00,,2025-03-03 09:00:00,Website
        __export__.crm_lead_202,Caldaia condominio,info@condominioverdi.it,Condominio Verdi,Marco Bassi,Qualified,8000.00,,2025-03-04 10:30:00,Trade Fair
        __export__.crm_lead_203,Pompa di calore,anna@villarosa.it,Villa Rosa,Sara Conti,Proposition,15000.00,,2025-03-05 11:15:00,Website
        __export__.crm_lead_204,Cappotto termico,mario@edilnord.it,Edil Nord Srl,Sara Conti,Won,22000.00,2025-04-10 16:00:00,2025-03-06 14:00:00,Referral
        __export__.crm_lead_205,Serramenti,paola@casabella.it,Casa Bella,Marco Bassi,Won,6500.00,2025-04-18 12:00:00,2025-03-07 09:45:00,Website
    """),
    "bitrix24_deals.csv": bitrix24_deals(),
    # Zoho CRM "Deals" export: dates as Zoho writes them, stage names of its standard pipeline
    "zoho_deals.csv": utf8("""
        Record Id,Deal Name,Deal Owner,Amount,Stage,Closing Date,Account Name,Lead Source,Created Time
        zcrm_5725767000000433001,Fornitura uffici,Marco Bassi,12000,Qualification,"May 30, 2021",Alfa Srl,Web Download,"15 Apr, 2021 00:02:00"
        zcrm_5725767000000433002,Rinnovo contratto,Marco Bassi,8500,Needs Analysis,"Jun 15, 2021",Beta Spa,Partner,"16 Apr, 2021 09:15:00"
        zcrm_5725767000000433003,Impianto sede,Sara Conti,30000,Proposal/Price Quote,"Jul 01, 2021",Gamma Coop,Trade Show,"20 Apr, 2021 14:40:00"
        zcrm_5725767000000433004,Formazione,Sara Conti,4000,Closed Won,"May 10, 2021",Delta Srl,Web Download,"02 Mar, 2021 11:00:00"
        zcrm_5725767000000433005,Consulenza,Marco Bassi,6000,Closed Lost,"May 20, 2021",Epsilon Snc,Cold Call,"05 Mar, 2021 16:30:00"
        zcrm_5725767000000433006,Ampliamento,Sara Conti,15000,Negotiation/Review,"Aug 31, 2021",Zeta Spa,Partner,"01 May, 2021 08:05:00"
        zcrm_5725767000000433007,Manutenzione,Marco Bassi,2500,Closed Lost to Competition,"Jun 30, 2021",Eta Coop,Web Download,"07 May, 2021 10:20:00"
    """),
    # Odoo CRM export: e-mails as salespeople type them; the ID is the key, a bad e-mail loses no lead
    "odoo_leads_bad_emails.csv": utf8("""
        ID,Opportunity,Contact Name,Email,Salesperson,Stage,Created on,Expected Revenue
        __export__.crm_lead_101,Caldaia condominio,Mario Rossi,mario.rossi@,Luca Verdi,New,2024-02-01 10:00:00,1500.00
        __export__.crm_lead_102,Pannelli fienile,Giulia Bianchi,giulia.bianchi@agri.it,Luca Verdi,Qualified,2024-02-03 11:30:00,8000.00
        __export__.crm_lead_103,Infissi villa,Paolo Neri,info at neri.it,Anna Gialli,Proposition,2024-02-05 09:10:00,4200.00
        __export__.crm_lead_104,Cappotto termico,Elena Russo,elena@russo,Anna Gialli,Won,2024-02-07 15:45:00,12000.00
        __export__.crm_lead_105,Pompa di calore,Sara Galli,sara.galli@email.it,Luca Verdi,New,2024-02-09 08:20:00,3100.00
    """),
    "meta_ads_by_ad.csv": meta_ads_by_ad(),
    # Google Ads report: two title lines, total rows at the end
    "google_ads_totals.csv": utf8("""
        Campaign report
        "1 April 2024 - 3 April 2024"
        Day,Campaign,Currency code,Cost
        2024-04-01,Brand,EUR,12.50
        2024-04-01,Generic,EUR,40.10
        2024-04-02,Brand,EUR,11.00
        2024-04-03,Generic,EUR,38.40
        Total: Account,--,EUR,102.00
        Total: Search,--,EUR,102.00
    """),
    # Excel in Italian, a Totale row under the figures
    "excel_spend_totale.csv": utf8("""
        Data;Canale;Campagna;Spesa
        01/03/2024;Google Ads;Brand;1.200,00
        01/03/2024;LinkedIn;Fiera;619,85
        08/03/2024;Google Ads;Brand;1.000,00
        ;;Totale;2.819,85
    """, "\r\n"),
    # Excel's "Riga totale" under a leads sheet: the count of the rows in the code column, the sum in the value
    "excel_leads_totale_count.csv": utf8("""
        Ragione sociale;Codice;Fase;Valore
        Alfa;C1;Cliente;1.000,00
        Beta;C2;Cliente;2.000,00
        Totale;2;;3.000,00
    """, "\r\n"),
    # the short "Tot." in the code column; a company really called Totale, its value no sum, stays a lead
    "excel_leads_tot.csv": utf8("""
        Codice;Ragione sociale;Fase;Valore
        C1;Alfa;Cliente;1.000,00
        C2;Totale;Cliente;2.500,00
        C3;Beta;Cliente;2.000,00
        Tot.;;;5.500,00
    """, "\r\n"),
    # Meta Ads Manager by campaign: its summary row first, no campaign name and the whole amount
    "meta_ads_summary_row.csv": utf8("""
        Reporting starts,Reporting ends,Campaign name,Amount spent (EUR),Impressions,Results
        2026-03-01,2026-03-31,,120.50,6800,12
        2026-03-01,2026-03-31,Retargeting,20.00,1800,5
        2026-03-01,2026-03-31,Prospecting,100.50,5000,7
    """),
    # an invoice list: every row is a customer (--set stage=customer)
    "invoices_customers.csv": utf8("""
        Codice cliente;Ragione sociale;Email;Data fattura;Imponibile
        C001;Alfa Srl;amministrazione@alfa.it;15/01/2024;1.200,00
        C002;Beta Coop;info@betacoop.it;20/01/2024;850,50
    """),
    # a quote opens on line 4 and never closes
    "unterminated_quote.csv": utf8("\n".join(
        ["ID,Email,Azienda", "Q1,q1@x.it,Alfa", "Q2,q2@x.it,Beta", 'Q3,q3@x.it,"Gamma Srl']
        + [f"Q{i},q{i}@x.it,Azienda {i}" for i in range(4, 50)])),
    # a stray quote on line 4, another on line 21: everything between would become one value
    "stray_quotes.csv": utf8("\n".join(
        ["ID,Email,Azienda", "Q1,q1@x.it,Alfa", "Q2,q2@x.it,Beta", 'Q3,q3@x.it,"Gamma Srl']
        + [f"Q{i},q{i}@x.it,Azienda {i}" for i in range(4, 20)] + ['Q20,q20@x.it,Delta" bis']
        + [f"Q{i},q{i}@x.it,Azienda {i}" for i in range(21, 25)])),
    # a file saved twice through Windows text mode: every line ends \r\r\n
    "line_ends_cr_cr_lf.csv": utf8(LINE_ENDS, "\r\r\n"),
    # a line separator (U+2028) inside a quoted cell, as some web forms write notes
    "u2028_in_quoted_cell.csv": 'ID,Email,Azienda\nP1,anna@x.it,"Alfa\u2028sede di Roma"\nP2,bruno@x.it,Beta\n'
        .encode("utf-8"),
    # Meta's "Amount spent" with the precision of a float: more decimals than cents
    "amounts_many_decimals.csv": utf8("""
        ad_id,Day,Channel,Spent
        708746,2017-08-17,facebook,1.429999948
        708749,2017-08-17,facebook,1.820000023
        708771,2017-08-18,facebook,0.5
    """),
}



# --- issue 15: the ad platforms' own exports -----------------------------------------------------------------

def _utf16_tabs(lines: list[str]) -> bytes:
    """As Excel-minded exporters write: UTF-16 LE with its byte order mark, tabs, CRLF."""
    return "\ufeff".encode("utf-16-le") + "".join(line + "\r\n" for line in lines).encode("utf-16-le")


ADS_CAMPAIGNS = ("Brand", "Generica - Caldaie", "Remarketing", "Performance Max - Pompe di calore")


def _cost(i: int, scale: int = 1) -> int:
    """Cents of a fixed cycle (no randomness): between 15.00 and 1,514.99 times scale."""
    return ((i * 7919 + 104729) % 150000 + 1500) * scale


def google_ads_campaign_report() -> bytes:
    """The Google Ads web interface's "Campaign report" for November, no Day column: two title lines, the
    period in words, US-style costs with thousands separators, "--" where a figure does not apply, and the
    "Total: ..." rows Google adds under the campaigns."""
    out = ["Campaign report", '"November 1, 2026 - November 30, 2026"',
           "Campaign status,Campaign,Budget,Budget type,Campaign type,Impr.,Interactions,Interaction rate,"
           "Avg. cost,Cost,Conversions,Cost / conv.,Currency code"]
    total = 0
    for i, name in enumerate(ADS_CAMPAIGNS, start=1):
        cents = _cost(i, 3)
        total += cents
        out.append(f'Enabled,{name},50.00,Daily,Search,{cents // 7},{cents // 90},1.10%,0.91,'
                   f'"{cents // 100:,}.{cents % 100:02d}",{i * 3}.00,--,EUR')
    out.append(f'Total: Account,--,--,--,--,--,--,--,--,"{total // 100:,}.{total % 100:02d}",--,--,EUR')
    out.append(f'Total: Search,--,--,--,--,--,--,--,--,"{total // 100:,}.{total % 100:02d}",--,--,EUR')
    out.append(f'Total: Campaigns,--,--,--,--,--,--,--,--,"{total // 100:,}.{total % 100:02d}",--,--,EUR')
    return ("\n".join(out) + "\n").encode("utf-8")


def google_ads_daily_it() -> bytes:
    """The same report from the Italian interface, downloaded as "CSV per Excel" (UTF-16, tabs): by day,
    Italian column names and numbers, "Totale: ..." rows."""
    out = ["Rapporto sulle campagne", "1 novembre 2026 - 7 novembre 2026",
           "Giorno\tCampagna\tStato campagna\tImpr.\tInterazioni\tCosto\tConversioni\tCodice valuta"]
    total = 0
    for day in range(1, 8):
        for i, name in enumerate(ADS_CAMPAIGNS[:3], start=1):
            cents = _cost(day * 10 + i)
            total += cents
            euros = f"{cents // 100:,}".replace(",", ".")
            out.append(f"2026-11-{day:02d}\t{name}\tAttiva\t{cents // 7}\t{cents // 90}\t{euros},{cents % 100:02d}"
                       f"\t{i}\tEUR")
    euros = f"{total // 100:,}".replace(",", ".")
    out.append(f"Totale: account\t--\t--\t--\t--\t{euros},{total % 100:02d}\t--\tEUR")
    out.append(f"Totale: campagne\t--\t--\t--\t--\t{euros},{total % 100:02d}\t--\tEUR")
    return _utf16_tabs(out)


def google_ads_editor() -> bytes:
    """Google Ads Editor's "Export spreadsheet" with statistics: UTF-16, tabs, one row per campaign, no date
    and no currency (the period is the one chosen in Editor: given with --set spend_date)."""
    out = ["Campaign\tCampaign Type\tNetworks\tBudget\tBudget type\tBid Strategy Type\tCampaign Status\tClicks"
           "\tImpr.\tCost\tCTR"]
    for i, name in enumerate(ADS_CAMPAIGNS, start=1):
        cents = _cost(i + 40, 2)
        out.append(f"{name}\tSearch\tGoogle search;Search Partners\t40.00\tDaily\tMaximize conversions\tEnabled"
                   f"\t{cents // 90}\t{cents // 7}\t{cents // 100}.{cents % 100:02d}\t1.29%")
    return _utf16_tabs(out)


def meta_ads_by_day() -> bytes:
    """Meta Ads Manager, broken down by day: "Reporting starts" and "ends" give the whole report's range on
    every row, "Day" the day of the row; the currency is in the amount's header."""
    out = ["Campaign name,Day,Reporting starts,Reporting ends,Amount spent (EUR),Results,Result indicator,"
           "Cost per result"]
    for day in range(1, 11):
        for i, name in enumerate(("Lead form - Caldaie", "Traffico sito"), start=1):
            cents = _cost(day * 3 + i) // 10
            out.append(f"{name},2026-11-{day:02d},2026-11-01,2026-11-10,{cents // 100}.{cents % 100:02d},{day + i},"
                       f"actions:lead,{cents // 100 // (day + i)}.00")
    return ("\n".join(out) + "\n").encode("utf-8")


def linkedin_campaign_performance(daily: bool = True) -> bytes:
    """LinkedIn Campaign Manager's "Campaign performance" report: four title lines (the period with US dates),
    UTF-16 and tabs, "Start Date (in UTC)" month first when broken down by day, "Total Spent"."""
    out = ["Campaign Performance Report (in UTC)", "Report Start: 11/1/2026, 12:00 AM",
           "Report End: 11/12/2026, 11:59 PM", "Date Generated: 12/1/2026, 8:15 AM"]
    head = ["Account Name", "Currency", "Campaign Group Name", "Campaign ID", "Campaign Name", "Campaign Type",
            "Campaign Status", "Total Spent", "Impressions", "Clicks", "Leads"]
    out.append("\t".join((["Start Date (in UTC)"] if daily else []) + head))
    days = range(1, 13) if daily else [None]
    for day in days:
        for i, name in enumerate(("Decisori HVAC Nord", "Cooperative agricole"), start=1):
            cents = _cost((day or 0) * 5 + i) // 4
            cells = ["Termoidraulica Rossi", "EUR", "Campagne Q4", f"{4200 + i}", name, "Sponsored Content",
                     "Active", f"{cents // 100}.{cents % 100:02d}", f"{cents // 6}", f"{cents // 200}", f"{i}"]
            out.append("\t".join(([f"11/{day}/2026"] if daily else []) + cells))
    return _utf16_tabs(out)


FILES |= {
    "google_ads_campaign_report.csv": google_ads_campaign_report(),
    "google_ads_daily_it.csv": google_ads_daily_it(),
    "google_ads_editor.csv": google_ads_editor(),
    "meta_ads_by_day.csv": meta_ads_by_day(),
    "linkedin_campaign_performance.csv": linkedin_campaign_performance(),
    "linkedin_campaign_totals.csv": linkedin_campaign_performance(daily=False),
}


def late_bad_date_file(rows: int = 30_000, bad_row: int = 25_000) -> bytes:
    """`rows` good records, day-first dates proved early, one impossible date on record `bad_row`."""
    out = ["ID;Email;Azienda;Data creazione;Valore"]
    for i in range(1, rows + 1):
        day = "31/02/2024" if i == bad_row else f"{i % 28 + 1:02d}/{i % 12 + 1:02d}/2024"
        out.append(f"L{i:05d};u{i}@x.it;Azienda {i};{day};{i},50")
    return ("\n".join(out) + "\n").encode("utf-8")


def late_evidence_file(evidence: str, rows: int = 25_000, quiet: int = 21_000) -> bytes:
    """The first `quiet` records prove nothing; every later one proves `evidence`: "date_order" (month-first
    dates, 04/13/2024, after dates with day = month) or "decimal_mark" (Italian values, "1.234,56" and "2,5",
    after empty ones). Comma-delimited, so the default decimal mark is the point."""
    out = ["ID,Email,Data creazione,Valore"]
    for i in range(1, rows + 1):
        date, value = f"{i % 12 + 1:02d}/{i % 12 + 1:02d}/2024", ""
        if i > quiet and evidence == "date_order":
            date = "04/13/2024"
        elif i > quiet:
            value = '"1.234,56"' if i % 2 else '"2,5"'
        out.append(f"L{i:05d},u{i}@x.it,{date},{value}")
    return ("\n".join(out) + "\n").encode("utf-8")


def deep_stray_byte_file(filler_rows: int = 40_000) -> bytes:
    """UTF-8 ("Caffè") for more than 1 MB, then one cp1252 byte (0xe9) on the last record."""
    head = "ID,Email,Azienda\nS1,anna@caffe.it,Caffè Rossi\n"
    filler = "".join(f"F{i:05d},f{i}@x.it,Filler {i}\n" for i in range(filler_rows))
    return (head + filler).encode("utf-8") + b"S2,bruno@x.it,Perch\xe9 no\n"


def main() -> None:
    for name, data in FILES.items():
        (HERE / name).write_bytes(data)
    print(f"wrote {len(FILES)} files to {HERE}")


if __name__ == "__main__":
    main()
