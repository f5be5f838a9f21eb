"""The exports of named products: which header feeds which field, what the product leaves unsaid (the
channel of an ad platform's spend, the US date order), and the headers that recognise the export."""

from __future__ import annotations

from dataclasses import dataclass, field

from smarketing.importing.fields import HEADER_CURRENCY, normalise


@dataclass(frozen=True)
class Preset:
    name: str
    kind: str                                   # leads or spend
    columns: dict[str, tuple[str, ...]]         # field -> header names, first match wins
    signatures: tuple[tuple[str, ...], ...]     # any of these header sets (all present) recognises the export
    deals: bool = False                         # every row is a deal, whatever stage it names
    sets: dict[str, str] = field(default_factory=dict)  # values the export leaves unsaid, for every row
    date_order: str | None = None               # when the export's dates are ambiguous
    excludes: tuple[str, ...] = ()              # headers that say the file lists another object


_COLUMNS: dict[str, dict[str, tuple[str, ...]]] = {
    # field -> header names in that product's export, first match wins
    "hubspot-contacts": {
        "external_id": ("Record ID", "Contact ID"), "first_name": ("First Name",), "last_name": ("Last Name",),
        "email": ("Email",), "phone": ("Phone Number", "Mobile Phone Number"), "owner": ("Contact owner",),
        "company": ("Associated Company", "Company Name"), "stage": ("Lifecycle Stage",),
        "source": ("Original Source", "Original Traffic Source", "Latest Source"),
        "campaign": ("Original Source Drill-Down 2", "First Conversion"), "created_at": ("Create Date",),
        "region": ("State/Region", "Country/Region"), "segment": ("Industry",),
        "stage:lead": ("Became a Lead Date",), "stage:mql": ("Became a Marketing Qualified Lead Date",),
        "stage:sql": ("Became a Sales Qualified Lead Date",), "stage:opportunity": ("Became an Opportunity Date",),
        "stage:customer": ("Became a Customer Date",),
    },
    "hubspot-deals": {
        "external_id": ("Record ID", "Deal ID"), "name": ("Deal Name",), "stage": ("Deal Stage",),
        "deal_value": ("Amount",), "currency": ("Currency",), "created_at": ("Create Date",),
        "closed_at": ("Close Date",), "owner": ("Deal owner",), "source": ("Original Source Type", "Original Source"),
        "lost_reason": ("Closed Lost Reason",), "company": ("Associated Company", "Company name"),
        "product": ("Pipeline",),
    },
    "salesforce-leads": {
        "external_id": ("Id", "Lead ID"), "first_name": ("FirstName", "First Name"),
        "last_name": ("LastName", "Last Name"), "name": ("Name",), "email": ("Email",),
        "phone": ("Phone", "MobilePhone"), "company": ("Company",), "source": ("LeadSource", "Lead Source"),
        "stage": ("Status", "Lead Status"), "segment": ("Industry",), "owner": ("OwnerId", "Lead Owner"),
        "created_at": ("CreatedDate", "Create Date", "Created Date"), "stage:sql": ("ConvertedDate",),
        "currency": ("CurrencyIsoCode",), "region": ("Region__c", "State"), "product": ("Product__c",),
    },
    "salesforce-opportunities": {
        "external_id": ("Id", "Opportunity ID"), "name": ("Name", "Opportunity Name"),
        "stage": ("StageName", "Stage"), "deal_value": ("Amount",), "closed_at": ("CloseDate", "Close Date"),
        "created_at": ("CreatedDate", "Created Date"), "source": ("LeadSource", "Lead Source"),
        "owner": ("OwnerId", "Opportunity Owner"), "campaign": ("CampaignId", "Primary Campaign Source"),
        "company": ("AccountId", "Account Name"), "currency": ("CurrencyIsoCode",), "product": ("Product__c",),
    },
    "pipedrive-deals": {
        "external_id": ("Deal - ID", "ID"), "name": ("Deal - Title", "Title"), "deal_value": ("Deal - Value", "Value"),
        "currency": ("Deal - Currency", "Currency"), "stage": ("Deal - Stage", "Stage"),
        "status": ("Deal - Status", "Status"), "owner": ("Deal - Owner", "Owner"),
        "created_at": ("Deal - Deal created", "Deal - Add time", "Deal created", "Add time"),
        "stage:customer": ("Deal - Won time", "Won time"), "stage:lost": ("Deal - Lost time", "Lost time"),
        "lost_reason": ("Deal - Lost reason", "Lost reason"),
        # newer exports: "Deal - Organization", "Deal - Deal closed on" (won or lost, whichever)
        "company": ("Deal - Organization", "Organization - Name", "Organization"),
        "closed_at": ("Deal - Deal closed on", "Deal closed on", "Deal - Close time", "Close time"),
        "email": ("Person - Email", "Contact person email"), "source": ("Deal - Source channel", "Source channel"),
        "product": ("Deal - Pipeline", "Pipeline"),
    },
    # Zoho CRM: Leads, and Deals (called Potentials before 2019)
    "zoho-leads": {
        "external_id": ("Record Id", "Lead Id", "LEADID"), "first_name": ("First Name",), "last_name": ("Last Name",),
        "email": ("Email",), "phone": ("Phone", "Mobile"), "company": ("Company",), "source": ("Lead Source",),
        "stage": ("Lead Status",), "segment": ("Industry",), "owner": ("Lead Owner",),
        "created_at": ("Created Time",), "region": ("State", "Country"),
    },
    "zoho-deals": {
        "external_id": ("Record Id", "Deal Id", "Potential Id"), "name": ("Deal Name", "Potential Name"),
        "owner": ("Deal Owner", "Potential Owner"), "deal_value": ("Amount",), "stage": ("Stage",),
        "closed_at": ("Closing Date",), "company": ("Account Name",), "source": ("Lead Source",),
        "created_at": ("Created Time",), "campaign": ("Campaign Source",), "lost_reason": ("Reason For Loss",),
    },
    # Odoo crm.lead, by its technical field names ("import-compatible" export) or by their labels
    "odoo-leads": {
        "external_id": ("id", "External ID", "ID"), "name": ("name", "Opportunity", "Lead"),
        "email": ("email_from", "Email"), "company": ("partner_name", "Company Name", "Customer"),
        "phone": ("phone", "Phone"), "owner": ("user_id", "user_id/name", "Salesperson"),
        "stage": ("stage_id", "stage_id/name", "Stage"),
        "deal_value": ("expected_revenue", "planned_revenue", "Expected Revenue"),
        "closed_at": ("date_closed", "Closed Date"), "created_at": ("create_date", "Created on"),
        "source": ("source_id", "source_id/name", "Source"), "campaign": ("campaign_id", "Campaign"),
        "lost_reason": ("lost_reason_id", "lost_reason", "Lost Reason"),
    },
    # Bitrix24 CRM deals (crm.deal fields as its export names them): OPPORTUNITY is the amount, not a name
    "bitrix24-deals": {
        "external_id": ("ID",), "name": ("TITLE",), "stage": ("STAGE_ID",), "deal_value": ("OPPORTUNITY",),
        "currency": ("CURRENCY_ID",), "created_at": ("DATE_CREATE",), "closed_at": ("CLOSEDATE",),
        "owner": ("ASSIGNED_BY_ID", "ASSIGNED_BY"), "source": ("SOURCE_ID", "UTM_SOURCE"),
        "campaign": ("UTM_CAMPAIGN",), "company": ("COMPANY_ID", "COMPANY_TITLE"),
    },
    # Google Ads: the campaign report from the web interface (title lines, "Total: ..." rows, the report period
    # above the header when no Day column is chosen), in English or Italian, and Google Ads Editor's
    # spreadsheet export (UTF-16, tabs), which has no date: the period is given with --set spend_date
    "google-ads": {
        "spend_date": ("Day", "Giorno", "Week", "Settimana", "Month", "Mese"), "campaign": ("Campaign", "Campagna"),
        "amount": ("Cost", "Costo"), "currency": ("Currency code", "Codice valuta", "Currency"),
    },
    # Meta Ads Manager, by day or by ad ("Amount spent (EUR)": the currency is in the header)
    "meta-ads": {
        "spend_date": ("Day", "Giorno", "Reporting starts", "Inizio report"),
        "spend_end": ("Reporting ends", "Fine report"),
        "campaign": ("Campaign name", "Nome della campagna"), "amount": ("Amount spent", "Importo speso"),
        "currency": ("Currency", "Valuta"),
    },
    # LinkedIn Campaign Manager, campaign performance report (title lines; US dates, month first)
    "linkedin-ads": {
        "spend_date": ("Start Date (in UTC)", "Start Date"), "spend_end": ("End Date (in UTC)", "End Date"),
        "campaign": ("Campaign Name",),
        "amount": ("Total Spent",), "currency": ("Currency",),
    },
}


_SIGNATURES: dict[str, tuple[tuple[str, ...], ...]] = {
    "hubspot-contacts": (("record id", "lifecycle stage"), ("contact id", "lifecycle stage")),
    "hubspot-deals": (("record id", "deal stage", "deal name"), ("deal id", "deal stage", "deal name")),
    "salesforce-leads": (("leadsource", "createddate", "status"), ("lead id", "lead status", "lead source")),
    "salesforce-opportunities": (("stagename", "closedate"), ("opportunity id", "stage", "close date")),
    "pipedrive-deals": (("deal title", "deal stage"), ("title", "stage", "value", "add time")),
    "zoho-leads": (("lead status", "created time"),),
    "zoho-deals": (("deal name", "closing date", "created time"), ("potential name", "closing date")),
    "odoo-leads": (("email from", "stage id"), ("partner name", "stage id"), ("email from", "stage id name")),
    "bitrix24-deals": (("stage id", "opportunity", "date create"),),
    "google-ads": (("campaign", "cost", "currency code"), ("campagna", "costo", "codice valuta"),
                   ("campaign", "campaign type", "cost")),
    "meta-ads": (("campaign name", "amount spent", "reporting starts"),
                 ("nome della campagna", "importo speso", "inizio report")),
    "linkedin-ads": (("campaign name", "total spent"),),
}
# Salesforce's campaign members carry a lead's LeadSource, CreatedDate and Status, and the lead they are about in
# LeadId: a list of memberships, never the leads (a lead export's own key is Id)
_EXCLUDES: dict[str, tuple[str, ...]] = {"salesforce-leads": ("leadid",)}
_DEALS = ("hubspot-deals", "salesforce-opportunities", "pipedrive-deals", "bitrix24-deals", "zoho-deals")
# an ad platform's export names no channel: the one its name says, as lead sources name it (ROI matches them)
_CHANNELS = {"google-ads": "Google Ads", "meta-ads": "Meta Ads", "linkedin-ads": "LinkedIn Ads"}

PRESETS: dict[str, Preset] = {
    name: Preset(name, "spend" if name in _CHANNELS else "leads", columns, _SIGNATURES[name], deals=name in _DEALS,
                 sets={"channel": _CHANNELS[name]} if name in _CHANNELS else {},
                 date_order="mdy" if name == "linkedin-ads" else None, excludes=_EXCLUDES.get(name, ()))
    for name, columns in _COLUMNS.items()
}


def headers(header: list[str]) -> set[str]:
    """A header's names as signatures are written: normalised, "Amount spent (EUR)" without its currency."""
    return {normalise(m.group(1) if (m := HEADER_CURRENCY.fullmatch(h.strip())) else h) for h in header}


def signed(preset: Preset, present: set[str]) -> bool:
    """Whether headers (as headers() gives them) hold one of the preset's signatures, and nothing it excludes."""
    return any(all(s in present for s in signature) for signature in preset.signatures) \
        and not any(e in present for e in preset.excludes)


def recognise(kind: str | None, header: list[str]) -> Preset | None:
    """The built-in preset whose export this header is, or None: every header of one of its signatures is
    there; when several are, the one that maps the most columns."""
    present = headers(header)
    found = [p for p in PRESETS.values() if (kind is None or p.kind == kind) and signed(p, present)]
    return max(found, key=lambda p: sum(any(normalise(c) in present for c in cs) for cs in p.columns.values()),
               default=None)

