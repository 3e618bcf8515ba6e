"""Build ``src/noteparse/data/organizations.jsonl``: the registry of bodies active in the field.

The tables below are the readable source; the JSONL this writes (one entry per line, sorted by
id) is committed and is what ships. Rerun after editing a table, or check that the file is
current:

    python scripts/build_organizations.py          # rewrite the JSONL
    python scripts/build_organizations.py --check  # exit 1 if the JSONL is out of date

Conventions (tests/test_organizations.py enforces them):
- ``name`` is the body's own English spelling (OPCW "Organisation", OSCE "Co-operation").
- ``aliases`` list ONE spelling of each form: noteparse.organizations.spelling_variants generates
  Organisation/Organization, Centre/Center, Defence/Defense, Programme/Program,
  Co-operation/Cooperation, Counter-Terrorism/Counterterrorism, Non-Proliferation/Nonproliferation,
  Labour/Labor, Licence/License and "UN"/"U.N."/"United Nations".
- ``acronyms`` match case-sensitively, and include a body's French or Spanish acronym where
  English notes keep it ("AIEA/IAEA", "ECOWAS/CEDEAO"); an acronym shared by several bodies is listed on the one
  most prominent in non-proliferation texts only. Misspellings are left to fuzzy_acronym().
- ``country_code`` (ISO alpha-3) is set for government bodies only, and they always have one.
- Programmes that run events under their own name (EU P2P, EXBS, the CBRN Centres of Excellence)
  are bodies: notes say they organize ("organised by the EU P2P Export Control Programme"). Trust
  funds, treaties and conferences (events) are not.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parents[1] / "src" / "noteparse" / "data" / "organizations.jsonl"

IO, UN, GOV, NGO, ACAD, OTHER = "international_organization", "un_body", "government", "ngo", "academic", "other"


def org(id: str, kind: str, name: str, acronyms: tuple[str, ...] | list[str] = (),
        aliases: tuple[str, ...] | list[str] = (), *, country: str | None = None,
        parent: str | None = None) -> dict[str, Any]:
    """One registry entry, keys in the order of the JSONL."""
    return {"id": id, "name": name, "acronyms": list(acronyms), "aliases": list(aliases),
            "kind": kind, "country_code": country, "parent": parent}


UNITED_NATIONS = [
    org("un", IO, "United Nations", ["UN", "U.N."], ["United Nations Organization"]),
    org("unsc", UN, "United Nations Security Council", ["UNSC"], ["Security Council"], parent="un"),
    org("unga", UN, "United Nations General Assembly", ["UNGA"], ["General Assembly"], parent="un"),
    org("ecosoc", UN, "United Nations Economic and Social Council", ["ECOSOC"],
        ["Economic and Social Council"], parent="un"),
    org("un_secretariat", UN, "United Nations Secretariat", [], ["Secretariat of the United Nations"],
        parent="un"),
    org("eosg", UN, "Executive Office of the Secretary-General", ["EOSG"],
        ["Executive Office of the United Nations Secretary-General",
         "Office of the United Nations Secretary-General"], parent="un_secretariat"),
    org("unsc_1540_committee", UN, "Security Council Committee established pursuant to resolution 1540 (2004)", [],
        ["1540 Committee", "Committee established pursuant to Security Council resolution 1540",
         "Committee established pursuant to Security Council resolution 1540 (2004)",
         "Committee established pursuant to resolution 1540 (2004)",
         "Committee established pursuant to resolution 1540",
         "Security Council Committee established pursuant to resolution 1540",
         "UNSCR 1540 Committee", "Security Council 1540 Committee", "UN 1540 Committee",
         "UN Security Council 1540 Committee", "Security Council's 1540 Committee",
         "UN Security Council's 1540 Committee",
         "1540 (2004) Committee", "Resolution 1540 Committee"], parent="unsc"),
    org("unsc_1540_group_of_experts", UN,
        "Group of Experts of the Security Council Committee established pursuant to resolution 1540 (2004)", [],
        ["1540 Committee Group of Experts", "1540 Group of Experts",
         "Group of Experts of the Committee established pursuant to resolution 1540 (2004)",
         "Group of Experts of the Committee established pursuant to Security Council resolution 1540",
         "1540 Committee's Group of Experts", "UN 1540 Committee's Group of Experts", "UN 1540 Committee Group of Experts",
         # what the Group does for which way of naming the Committee: "… that supports the Security Council's 1540 Committee"
         *(f"{group} {serving} the {committee}"
           for group in ("Group of Experts", "expert group")
           for serving in ("of", "supporting", "assisting", "that supports", "which supports", "that assists",
                           "which assists")
           for committee in ("1540 Committee", "Security Council's 1540 Committee", "UN 1540 Committee",
                             "Security Council 1540 Committee"))], parent="unsc_1540_committee"),
    org("unsc_1267_committee", UN,
        "Security Council Committee pursuant to resolutions 1267 (1999), 1989 (2011) and 2253 (2015) "
        "concerning ISIL (Da'esh), Al-Qaida and associated individuals, groups, undertakings and entities", [],
        ["1267 Committee", "1267 Sanctions Committee", "Al-Qaida Sanctions Committee",
         "ISIL (Da'esh) and Al-Qaida Sanctions Committee",
         "Security Council Committee established pursuant to resolution 1267 (1999)"], parent="unsc"),
    org("unsc_1267_monitoring_team", UN, "Analytical Support and Sanctions Monitoring Team", [],
        ["1267 Monitoring Team"], parent="unsc_1267_committee"),
    org("unsc_ctc", UN, "Security Council Counter-Terrorism Committee", ["CTC"],
        ["Counter-Terrorism Committee", "1373 Committee",
         "Committee established pursuant to resolution 1373 (2001)"], parent="unsc"),
    org("cted", UN, "Counter-Terrorism Committee Executive Directorate", ["CTED"],
        ["Security Council Counter-Terrorism Committee Executive Directorate"], parent="unsc_ctc"),
    org("unsc_1718_committee", UN, "Security Council Committee established pursuant to resolution 1718 (2006)", [],
        ["1718 Committee", "1718 Sanctions Committee", "DPRK Sanctions Committee"], parent="unsc"),
    org("unsc_1718_panel_of_experts", UN, "Panel of Experts established pursuant to resolution 1874 (2009)", [],
        ["1718 Committee Panel of Experts", "Panel of Experts of the 1718 Committee"],
        parent="unsc_1718_committee"),
    org("unsc_1737_committee", UN, "Security Council Committee established pursuant to resolution 1737 (2006)", [],
        ["1737 Committee", "1737 Sanctions Committee"], parent="unsc"),
    org("undc", UN, "United Nations Disarmament Commission", ["UNDC"], ["Disarmament Commission"], parent="unga"),
    # Secretariat departments and offices.
    org("unoda", UN, "United Nations Office for Disarmament Affairs", ["UNODA", "ODA"],
        ["Office for Disarmament Affairs", "United Nations Office of Disarmament Affairs",
         "Office of Disarmament Affairs", "UN Disarmament Affairs",
         # the press's description: "organised by the Arab League and the United Nations' disarmament office"
         "UN disarmament office", "UN's disarmament office", "United Nations' disarmament office"],
        parent="un_secretariat"),
    org("unoda_vienna", UN, "United Nations Office for Disarmament Affairs Vienna Office", [],
        ["UNODA Vienna Office", "UNODA Vienna", "ODA Vienna Office",
         "Vienna Office of the United Nations Office for Disarmament Affairs"], parent="unoda"),
    org("unoda_geneva", UN, "United Nations Office for Disarmament Affairs Geneva Branch", [],
        ["UNODA Geneva Branch", "UNODA Geneva", "ODA Geneva Branch",
         "Geneva Branch of the United Nations Office for Disarmament Affairs"], parent="unoda"),
    org("unoda_wmd_branch", UN, "Weapons of Mass Destruction Branch", [],
        ["UNODA Weapons of Mass Destruction Branch", "WMD Branch", "UNODA WMD Branch"], parent="unoda"),
    org("unoda_rdb", UN, "Regional Disarmament Branch", [], ["UNODA Regional Disarmament Branch"],
        parent="unoda"),
    org("unrcpd", UN, "United Nations Regional Centre for Peace and Disarmament in Asia and the Pacific",
        ["UNRCPD"], ["Regional Centre for Peace and Disarmament in Asia and the Pacific"], parent="unoda"),
    org("unlirec", UN,
        "United Nations Regional Centre for Peace, Disarmament and Development in Latin America and the Caribbean",
        ["UNLIREC", "UN-LiREC"],
        ["Regional Centre for Peace, Disarmament and Development in Latin America and the Caribbean"],
        parent="unoda"),
    org("unrec", UN, "United Nations Regional Centre for Peace and Disarmament in Africa", ["UNREC"],
        ["Regional Centre for Peace and Disarmament in Africa"], parent="unoda"),
    org("dda", UN, "United Nations Department for Disarmament Affairs", ["DDA"],
        ["Department for Disarmament Affairs"], parent="un_secretariat"),
    org("unodc", UN, "United Nations Office on Drugs and Crime", ["UNODC", "ONUDC"], ["Office on Drugs and Crime"],
        parent="un_secretariat"),
    org("unodc_tpb", UN, "Terrorism Prevention Branch", [],
        ["UNODC Terrorism Prevention Branch",
         "Terrorism Prevention Branch of the United Nations Office on Drugs and Crime"], parent="unodc"),
    org("unoct", UN, "United Nations Office of Counter-Terrorism", ["UNOCT"], ["Office of Counter-Terrorism"],
        parent="un_secretariat"),
    org("uncct", UN, "United Nations Counter-Terrorism Centre", ["UNCCT"], [], parent="unoct"),
    org("ctitf", UN, "Counter-Terrorism Implementation Task Force", ["CTITF"],
        ["UN Counter-Terrorism Implementation Task Force"], parent="un_secretariat"),
    org("dppa", UN, "United Nations Department of Political and Peacebuilding Affairs", ["DPPA"],
        ["Department of Political and Peacebuilding Affairs"], parent="un_secretariat"),
    org("dpa", UN, "United Nations Department of Political Affairs", ["DPA"], ["Department of Political Affairs"],
        parent="un_secretariat"),
    org("ola", UN, "United Nations Office of Legal Affairs", ["OLA"], ["Office of Legal Affairs"],
        parent="un_secretariat"),
    org("dpi", UN, "United Nations Department of Public Information", ["DPI"], ["Department of Public Information"],
        parent="un_secretariat"),
    org("dgc", UN, "United Nations Department of Global Communications", ["DGC"],
        ["Department of Global Communications"], parent="un_secretariat"),
    org("unog", UN, "United Nations Office at Geneva", ["UNOG"], [], parent="un_secretariat"),
    org("unov", UN, "United Nations Office at Vienna", ["UNOV"], [], parent="un_secretariat"),
    org("unoosa", UN, "United Nations Office for Outer Space Affairs", ["UNOOSA"],
        ["Office for Outer Space Affairs"], parent="un_secretariat"),
    org("unoca", UN, "United Nations Regional Office for Central Africa", ["UNOCA"],
        ["UN Office for Central Africa"], parent="dppa"),
    org("unowas", UN, "United Nations Office for West Africa and the Sahel", ["UNOWAS"], [], parent="dppa"),
    org("unrcca", UN, "United Nations Regional Centre for Preventive Diplomacy for Central Asia", ["UNRCCA"],
        ["Regional Centre for Preventive Diplomacy for Central Asia"], parent="dppa"),
    org("unece", UN, "United Nations Economic Commission for Europe", ["UNECE"], ["Economic Commission for Europe"],
        parent="ecosoc"),
    org("escap", UN, "United Nations Economic and Social Commission for Asia and the Pacific", ["ESCAP", "UNESCAP"],
        ["Economic and Social Commission for Asia and the Pacific"], parent="ecosoc"),
    # Research and training institutes.
    org("unicri", UN, "United Nations Interregional Crime and Justice Research Institute", ["UNICRI"],
        ["Interregional Crime and Justice Research Institute"], parent="un"),
    org("unidir", UN, "United Nations Institute for Disarmament Research", ["UNIDIR"],
        ["Institute for Disarmament Research"], parent="un"),
    org("unitar", UN, "United Nations Institute for Training and Research", ["UNITAR"], [], parent="un"),
    org("unu", UN, "United Nations University", ["UNU"], [], parent="un"),
    # Funds, programmes and specialized agencies.
    org("undp", UN, "United Nations Development Programme", ["UNDP"], [], parent="un"),
    org("unep", UN, "United Nations Environment Programme", ["UNEP"], ["UN Environment"], parent="un"),
    org("unicef", UN, "United Nations Children's Fund", ["UNICEF"], [], parent="un"),
    org("unops", UN, "United Nations Office for Project Services", ["UNOPS"], [], parent="un"),
    org("unesco", UN, "United Nations Educational, Scientific and Cultural Organization", ["UNESCO"]),
    org("who", UN, "World Health Organization", ["WHO"]),
    org("who_afro", UN, "World Health Organization Regional Office for Africa", ["WHO AFRO", "WHO/AFRO", "AFRO"],
        ["WHO Regional Office for Africa"], parent="who"),
    org("who_emro", UN, "World Health Organization Regional Office for the Eastern Mediterranean",
        ["WHO EMRO", "WHO/EMRO", "EMRO"], ["WHO Regional Office for the Eastern Mediterranean"], parent="who"),
    org("who_euro", UN, "World Health Organization Regional Office for Europe", ["WHO/Europe", "WHO EURO"],
        ["WHO Regional Office for Europe"], parent="who"),
    org("who_searo", UN, "World Health Organization Regional Office for South-East Asia",
        ["WHO SEARO", "WHO/SEARO", "SEARO"], ["WHO Regional Office for South-East Asia"], parent="who"),
    org("who_wpro", UN, "World Health Organization Regional Office for the Western Pacific",
        ["WHO WPRO", "WHO/WPRO", "WPRO"], ["WHO Regional Office for the Western Pacific"], parent="who"),
    org("fao", UN, "Food and Agriculture Organization of the United Nations", ["FAO"],
        ["Food and Agriculture Organization"]),
    org("icao", UN, "International Civil Aviation Organization", ["ICAO"]),
    org("imo", UN, "International Maritime Organization", ["IMO"]),
    org("upu", UN, "Universal Postal Union", ["UPU"]),
    org("itu", UN, "International Telecommunication Union", ["ITU"]),
    org("ilo", UN, "International Labour Organization", ["ILO"]),
]

TREATY_BODIES = [
    org("iaea", IO, "International Atomic Energy Agency", ["IAEA", "AIEA"]),  # AIEA: French and Spanish
    org("iaea_nsd", IO, "Division of Nuclear Security", [],
        ["IAEA Division of Nuclear Security", "IAEA Office of Nuclear Security"], parent="iaea"),
    org("iaea_safeguards", IO, "Department of Safeguards", [], ["IAEA Department of Safeguards"], parent="iaea"),
    org("opcw", IO, "Organisation for the Prohibition of Chemical Weapons", ["OPCW", "OIAC"]),  # OIAC: French
    org("opcw_ts", IO, "Technical Secretariat of the Organisation for the Prohibition of Chemical Weapons", [],
        ["OPCW Technical Secretariat", "Technical Secretariat of the OPCW"], parent="opcw"),
    org("opcw_ec", IO, "Executive Council of the Organisation for the Prohibition of Chemical Weapons", [],
        ["OPCW Executive Council", "Executive Council of the OPCW"], parent="opcw"),
    org("ctbto", IO, "Comprehensive Nuclear-Test-Ban Treaty Organization", ["CTBTO"],
        ["Comprehensive Nuclear Test Ban Treaty Organization", "Comprehensive Test Ban Treaty Organization"]),
    org("ctbto_prepcom", IO, "Preparatory Commission for the Comprehensive Nuclear-Test-Ban Treaty Organization",
        [], ["CTBTO Preparatory Commission", "CTBTO PrepCom", "Preparatory Commission for the CTBTO"],
        parent="ctbto"),
    org("ctbto_pts", IO,
        "Provisional Technical Secretariat of the Preparatory Commission for the Comprehensive "
        "Nuclear-Test-Ban Treaty Organization", ["PTS"],
        ["CTBTO Provisional Technical Secretariat", "Provisional Technical Secretariat of the CTBTO"],
        parent="ctbto_prepcom"),
    org("bwc_isu", UN, "Biological Weapons Convention Implementation Support Unit", [],
        ["BWC Implementation Support Unit", "BWC ISU",
         "Implementation Support Unit of the Biological Weapons Convention"], parent="unoda_geneva"),
    org("att_secretariat", IO, "Arms Trade Treaty Secretariat", ["ATTS"],
        ["ATT Secretariat", "Secretariat of the Arms Trade Treaty"]),
    org("abacc", IO, "Brazilian-Argentine Agency for Accounting and Control of Nuclear Materials", ["ABACC"],
        ["Brazilian-Argentinian Agency for Accounting and Control of Nuclear Materials"]),
    org("opanal", IO, "Agency for the Prohibition of Nuclear Weapons in Latin America and the Caribbean", ["OPANAL"]),
    org("euratom", IO, "European Atomic Energy Community", ["EURATOM"], ["Euratom"]),
    org("afcone", IO, "African Commission on Nuclear Energy", ["AFCONE"]),
    org("aaea", IO, "Arab Atomic Energy Agency", ["AAEA"], [], parent="las"),
]

# Customs, police, financial-integrity bodies, export-control regimes and other groupings of States.
REGIMES_AND_ENFORCEMENT = [
    org("wco", IO, "World Customs Organization", ["WCO"]),
    org("wco_rocb_ap", IO, "World Customs Organization Regional Office for Capacity Building for Asia/Pacific",
        ["ROCB A/P", "WCO ROCB A/P"],
        ["WCO Regional Office for Capacity Building for Asia/Pacific", "WCO Regional Office for Capacity Building Asia/Pacific",
         "World Customs Organization's Regional Office for Capacity Building for Asia/Pacific",
         "WCO's Regional Office for Capacity Building for Asia/Pacific",
         "Regional Office for Capacity Building for Asia/Pacific",
         "WCO Regional Office for Capacity Building for Asia and the Pacific",
         "World Customs Organization Regional Office for Capacity Building for Asia and the Pacific"], parent="wco"),
    org("interpol", IO, "International Criminal Police Organization", ["INTERPOL", "ICPO"], ["Interpol"]),
    org("europol", IO, "European Union Agency for Law Enforcement Cooperation", ["EUROPOL"],
        ["Europol", "European Police Office"], parent="eu"),
    org("frontex", IO, "European Border and Coast Guard Agency", ["FRONTEX"], ["Frontex"], parent="eu"),
    org("wassenaar", IO,
        "Wassenaar Arrangement on Export Controls for Conventional Arms and Dual-Use Goods and Technologies", [],
        ["Wassenaar Arrangement", "Wassenaar Arrangement Secretariat"]),
    org("nsg", IO, "Nuclear Suppliers Group", ["NSG"]),
    org("australia_group", IO, "Australia Group"),
    org("mtcr", IO, "Missile Technology Control Regime", ["MTCR"]),
    org("zangger", IO, "Zangger Committee", [], ["Nuclear Exporters Committee"]),
    org("global_partnership", IO, "Global Partnership Against the Spread of Weapons and Materials of Mass Destruction",
        [], ["G7 Global Partnership", "G8 Global Partnership",
             "G8 Global Partnership Against the Spread of Weapons and Materials of Mass Destruction"]),
    org("gicnt", IO, "Global Initiative to Combat Nuclear Terrorism", ["GICNT"]),
    org("gctf", IO, "Global Counterterrorism Forum", ["GCTF"]),
    org("g7", IO, "Group of Seven", ["G7"]),
    org("g8", IO, "Group of Eight", ["G8"]),
    org("fatf", IO, "Financial Action Task Force", ["FATF"], ["Financial Action Task Force on Money Laundering"]),
    org("apg", IO, "Asia/Pacific Group on Money Laundering", ["APG"], ["Asia Pacific Group on Money Laundering"]),
    org("gafilat", IO, "Financial Action Task Force of Latin America", ["GAFILAT"],
        ["Grupo de Acción Financiera de Latinoamérica"]),
    org("menafatf", IO, "Middle East and North Africa Financial Action Task Force", ["MENAFATF"]),
    org("moneyval", IO,
        "Committee of Experts on the Evaluation of Anti-Money Laundering Measures and the Financing of Terrorism",
        ["MONEYVAL"], [], parent="coe"),
    org("eag", IO, "Eurasian Group on Combating Money Laundering and Financing of Terrorism", ["EAG"]),
    org("giaba", IO, "Inter-Governmental Action Group against Money Laundering in West Africa", ["GIABA"],
        [], parent="ecowas"),
    org("esaamlg", IO, "Eastern and Southern Africa Anti-Money Laundering Group", ["ESAAMLG"]),
    org("egmont_group", IO, "Egmont Group of Financial Intelligence Units", [], ["Egmont Group"]),
    org("istc", IO, "International Science and Technology Center", ["ISTC"]),
    org("stcu", IO, "Science and Technology Center in Ukraine", ["STCU"]),
    org("oecd", IO, "Organisation for Economic Co-operation and Development", ["OECD"]),
    org("wto", IO, "World Trade Organization", ["WTO"]),
    org("iom", IO, "International Organization for Migration", ["IOM"]),
    org("woah", IO, "World Organisation for Animal Health", ["WOAH", "OIE"], ["Office International des Epizooties"]),
    org("ipu", IO, "Inter-Parliamentary Union", ["IPU"]),
    org("commonwealth_secretariat", IO, "Commonwealth Secretariat"),
]

EUROPE = [
    org("eu", IO, "European Union", ["EU"]),
    org("european_commission", IO, "European Commission", ["EC"],
        ["Commission of the European Union", "Commission of the European Communities"], parent="eu"),
    org("eeas", IO, "European External Action Service", ["EEAS"], ["EU External Action Service"], parent="eu"),
    org("council_eu", IO, "Council of the European Union", [], ["Council of the EU"], parent="eu"),
    org("european_council", IO, "European Council", [], [], parent="eu"),
    org("european_parliament", IO, "European Parliament", [], [], parent="eu"),
    org("eu_delegation", IO, "Delegation of the European Union", [],
        ["EU Delegation", "European Union Delegation", "Delegation of the EU"], parent="eeas"),
    org("eu_cbrn_coe", IO,
        "European Union Chemical, Biological, Radiological and Nuclear Risk Mitigation Centres of Excellence",
        ["CBRN CoE"], ["EU CBRN CoE", "EU CBRN Centres of Excellence", "CBRN Centres of Excellence",
                       "EU CBRN Risk Mitigation Centres of Excellence",
                       "CBRN Risk Mitigation Centres of Excellence"], parent="european_commission"),
    org("eu_p2p", IO, "EU P2P Export Control Programme for Dual-Use Goods", ["EU P2P"],
        ["EU P2P Export Control Programme", "EU Partner-to-Partner Export Control Programme",
         "EU Partner-to-Partner Export Control Programme for Dual-Use Goods",
         "EU Export Control Programme for Dual-Use Goods", "EU Outreach in Export Control"], parent="eu"),
    org("jrc", IO, "Joint Research Centre", ["JRC"],
        ["European Commission Joint Research Centre", "EC Joint Research Centre"], parent="european_commission"),
    org("dg_taxud", IO, "Directorate-General for Taxation and Customs Union", ["DG TAXUD", "TAXUD"], [],
        parent="european_commission"),
    org("dg_trade", IO, "Directorate-General for Trade", ["DG TRADE"], [], parent="european_commission"),
    org("dg_devco", IO, "Directorate-General for International Cooperation and Development",
        ["DG DEVCO", "DEVCO"], [], parent="european_commission"),
    org("dg_intpa", IO, "Directorate-General for International Partnerships", ["DG INTPA", "INTPA"], [],
        parent="european_commission"),
    org("fpi", IO, "Service for Foreign Policy Instruments", ["FPI"], [], parent="european_commission"),
    org("eubam", IO, "European Union Border Assistance Mission to Moldova and Ukraine", ["EUBAM"],
        ["EU Border Assistance Mission to Moldova and Ukraine"], parent="eu"),
    org("osce", IO, "Organization for Security and Co-operation in Europe", ["OSCE"]),
    org("osce_cpc", IO, "OSCE Conflict Prevention Centre", ["OSCE CPC"],
        ["Conflict Prevention Centre of the OSCE",
         "Conflict Prevention Centre of the Organization for Security and Co-operation in Europe"],
        parent="osce_secretariat"),
    org("osce_fsc", IO, "OSCE Forum for Security Co-operation", ["FSC", "OSCE FSC"],
        ["Forum for Security Co-operation"], parent="osce"),
    org("osce_secretariat", IO, "OSCE Secretariat", [], ["Secretariat of the OSCE"], parent="osce"),
    org("osce_tntd", IO, "OSCE Transnational Threats Department", ["TNTD"], ["Transnational Threats Department"],
        parent="osce_secretariat"),
    org("osce_ashgabat", IO, "OSCE Centre in Ashgabat", [], [], parent="osce"),
    org("osce_bishkek", IO, "OSCE Programme Office in Bishkek", [], ["OSCE Centre in Bishkek"], parent="osce"),
    org("osce_dushanbe", IO, "OSCE Programme Office in Dushanbe", [], ["OSCE Office in Tajikistan"], parent="osce"),
    org("osce_astana", IO, "OSCE Programme Office in Astana", [], ["OSCE Centre in Astana"], parent="osce"),
    org("osce_uzbekistan", IO, "OSCE Project Co-ordinator in Uzbekistan", [], [], parent="osce"),
    org("nato", IO, "North Atlantic Treaty Organization", ["NATO", "OTAN"]),
    org("coe", IO, "Council of Europe", ["CoE"]),
    org("guam", IO, "GUAM Organization for Democracy and Economic Development", ["GUAM"],
        ["Organization for Democracy and Economic Development"]),
    org("bsec", IO, "Organization of the Black Sea Economic Cooperation", ["BSEC"], ["Black Sea Economic Cooperation"]),
    org("rcc", IO, "Regional Cooperation Council", ["RCC"]),
    org("selec", IO, "Southeast European Law Enforcement Center", ["SELEC"],
        ["SECI Center", "SECI Regional Center for Combating Trans-border Crime"]),
    org("racviac", IO, "RACVIAC – Centre for Security Cooperation", ["RACVIAC"]),
    org("cis", IO, "Commonwealth of Independent States", ["CIS"]),
    org("csto", IO, "Collective Security Treaty Organization", ["CSTO"]),
    org("eaeu", IO, "Eurasian Economic Union", ["EAEU"]),
]

AFRICA = [
    org("au", IO, "African Union", ["AU"]),
    org("auc", IO, "African Union Commission", ["AUC"], ["Commission of the African Union", "AU Commission"],
        parent="au"),
    org("afripol", IO, "African Union Mechanism for Police Cooperation", ["AFRIPOL"], [], parent="au"),
    org("au_psc", IO, "Peace and Security Council of the African Union", [],
        ["African Union Peace and Security Council", "AU Peace and Security Council",
         "Peace and Security Council"], parent="au"),
    org("acsrt", IO, "African Centre for the Study and Research on Terrorism", ["ACSRT"], [], parent="au"),
    org("africa_cdc", IO, "Africa Centres for Disease Control and Prevention", ["Africa CDC"], [], parent="au"),
    org("ecowas", IO, "Economic Community of West African States", ["ECOWAS", "CEDEAO"]),
    org("ecowas_commission", IO, "ECOWAS Commission", [],
        ["Commission of the Economic Community of West African States"], parent="ecowas"),
    org("sadc", IO, "Southern African Development Community", ["SADC"]),
    org("sadc_organ", IO, "SADC Organ on Politics, Defence and Security Cooperation", [],
        ["Organ on Politics, Defence and Security Cooperation", "Organ on Politics, Defence and Security Affairs"],
        parent="sadc"),
    org("sarpcco", IO, "Southern African Regional Police Chiefs Cooperation Organisation", ["SARPCCO"]),
    org("eapcco", IO, "Eastern Africa Police Chiefs Cooperation Organization", ["EAPCCO"]),
    org("wapcco", IO, "West African Police Chiefs Committee", ["WAPCCO"]),
    org("eac", IO, "East African Community", ["EAC"]),
    org("eccas", IO, "Economic Community of Central African States", ["ECCAS", "CEEAC"]),
    org("igad", IO, "Intergovernmental Authority on Development", ["IGAD"]),
    org("comesa", IO, "Common Market for Eastern and Southern Africa", ["COMESA"]),
    org("cemac", IO, "Economic and Monetary Community of Central Africa", ["CEMAC"],
        ["Central African Economic and Monetary Community"]),
    org("waemu", IO, "West African Economic and Monetary Union", ["WAEMU", "UEMOA"]),
    org("amu", IO, "Arab Maghreb Union", ["AMU", "UMA"]),
    org("recsa", IO,
        "Regional Centre on Small Arms and Light Weapons in the Great Lakes Region, the Horn of Africa and "
        "Bordering States", ["RECSA"], ["Regional Centre on Small Arms and Light Weapons"]),
    org("icglr", IO, "International Conference on the Great Lakes Region", ["ICGLR"]),
]

ASIA_PACIFIC_MIDDLE_EAST = [
    org("asean", IO, "Association of Southeast Asian Nations", ["ASEAN"], ["Association of South-East Asian Nations"]),
    org("asean_secretariat", IO, "ASEAN Secretariat", [], [], parent="asean"),
    org("arf", IO, "ASEAN Regional Forum", ["ARF"], [], parent="asean"),
    org("aseantom", IO, "ASEAN Network of Regulatory Bodies on Atomic Energy", ["ASEANTOM"], [], parent="asean"),
    org("aseanapol", IO, "ASEAN National Police", ["ASEANAPOL"], ["ASEAN Chiefs of National Police"]),
    org("saarc", IO, "South Asian Association for Regional Cooperation", ["SAARC"]),
    org("bimstec", IO, "Bay of Bengal Initiative for Multi-Sectoral Technical and Economic Cooperation", ["BIMSTEC"]),
    org("sco", IO, "Shanghai Cooperation Organisation", ["SCO"]),
    org("sco_rats", IO, "Regional Anti-Terrorist Structure of the Shanghai Cooperation Organisation", ["SCO RATS"],
        ["SCO Regional Anti-Terrorist Structure"], parent="sco"),
    org("cica", IO, "Conference on Interaction and Confidence-Building Measures in Asia", ["CICA"]),
    org("apec", IO, "Asia-Pacific Economic Cooperation", ["APEC"]),
    org("eco", IO, "Economic Cooperation Organization", ["ECO"]),
    # its Secretariat General stands for it, as a note's "Participants" list has it
    org("gcc", IO, "Cooperation Council for the Arab States of the Gulf", ["GCC"],
        ["Gulf Cooperation Council", "GCC Secretariat General", "GCC General Secretariat"]),
    org("las", IO, "League of Arab States", ["LAS"], ["Arab League"]),
    org("oic", IO, "Organisation of Islamic Cooperation", ["OIC"], ["Organisation of the Islamic Conference"]),
    org("pif", IO, "Pacific Islands Forum", ["PIF"]),
    org("pifs", IO, "Pacific Islands Forum Secretariat", ["PIFS"], [], parent="pif"),
    org("spc", IO, "Pacific Community", ["SPC"], ["Secretariat of the Pacific Community"]),
    org("oco", IO, "Oceania Customs Organisation", ["OCO"]),
    org("cscap", NGO, "Council for Security Cooperation in the Asia Pacific", ["CSCAP"]),
]

AMERICAS = [
    org("oas", IO, "Organization of American States", ["OAS"]),
    org("paho", IO, "Pan American Health Organization", ["PAHO"]),
    org("cicte", IO, "Inter-American Committee against Terrorism", ["CICTE", "OAS/CICTE", "OAS-CICTE", "OAS CICTE"],
        ["Inter-American Committee against Terrorism of the Organization of American States",
         "OAS Inter-American Committee against Terrorism"], parent="oas"),
    org("cicad", IO, "Inter-American Drug Abuse Control Commission", ["CICAD"], [], parent="oas"),
    org("caricom", IO, "Caribbean Community", ["CARICOM"]),
    org("caricom_impacs", IO, "CARICOM Implementation Agency for Crime and Security", ["IMPACS", "CARICOM IMPACS"],
        ["Implementation Agency for Crime and Security"], parent="caricom"),
    org("sica", IO, "Central American Integration System", ["SICA"], ["Sistema de la Integración Centroamericana"]),
    org("can", IO, "Andean Community", ["CAN"], ["Andean Community of Nations"]),
    org("mercosur", IO, "Southern Common Market", ["MERCOSUR"], ["Mercosur", "Mercosul"]),
    org("unasur", IO, "Union of South American Nations", ["UNASUR"]),
    org("celac", IO, "Community of Latin American and Caribbean States", ["CELAC"]),
    org("oecs", IO, "Organisation of Eastern Caribbean States", ["OECS"]),
    org("cclec", IO, "Caribbean Customs Law Enforcement Council", ["CCLEC"]),
    org("rss", IO, "Regional Security System", ["RSS"]),
]

RESEARCH_AND_CIVIL_SOCIETY = [
    org("sipri", NGO, "Stockholm International Peace Research Institute", ["SIPRI"]),
    org("vertic", NGO, "Verification Research, Training and Information Centre", ["VERTIC"]),
    org("stimson", NGO, "Stimson Center", [], ["Henry L. Stimson Center"]),
    org("pga", NGO, "Parliamentarians for Global Action", ["PGA"]),
    org("iss_africa", NGO, "Institute for Security Studies", ["ISS"], ["ISS Africa"]),
    org("iiss", NGO, "International Institute for Strategic Studies", ["IISS"]),
    org("miis", ACAD, "Middlebury Institute of International Studies at Monterey", ["MIIS"],
        ["Middlebury Institute of International Studies", "Monterey Institute of International Studies",
         "Middlebury Institute"]),
    org("cns", ACAD, "James Martin Center for Nonproliferation Studies", ["CNS"],
        ["Center for Nonproliferation Studies", "James Martin CNS"], parent="miis"),
    org("nti", NGO, "Nuclear Threat Initiative", ["NTI"]),
    org("crdf_global", NGO, "CRDF Global", [],
        ["U.S. Civilian Research & Development Foundation", "Civilian Research and Development Foundation"]),
    org("kcl", ACAD, "King's College London", ["KCL"]),
    org("kcl_csss", ACAD, "Centre for Science and Security Studies", ["CSSS"],
        ["King's College London Centre for Science and Security Studies"], parent="kcl"),
    org("chatham_house", NGO, "Chatham House", [], ["Royal Institute of International Affairs"]),
    org("pnnd", NGO, "Parliamentarians for Nuclear Non-Proliferation and Disarmament", ["PNND"]),
    org("aca", NGO, "Arms Control Association", ["ACA"]),
    org("carnegie", NGO, "Carnegie Endowment for International Peace", ["CEIP"], ["Carnegie Endowment"]),
    org("basic", NGO, "British American Security Information Council", ["BASIC"]),
    org("pugwash", NGO, "Pugwash Conferences on Science and World Affairs", [], ["Pugwash Conferences"]),
    org("icrc", OTHER, "International Committee of the Red Cross", ["ICRC"]),
    org("ifrc", NGO, "International Federation of Red Cross and Red Crescent Societies", ["IFRC"]),
    org("wins", NGO, "World Institute for Nuclear Security", ["WINS"]),
    org("ippnw", NGO, "International Physicians for the Prevention of Nuclear War", ["IPPNW"]),
    org("csis", NGO, "Center for Strategic and International Studies", ["CSIS"]),
    org("belfer", ACAD, "Belfer Center for Science and International Affairs", [], ["Harvard Belfer Center"]),
    org("cissm", ACAD, "Center for International and Security Studies at Maryland", ["CISSM"]),
    org("cits", ACAD, "Center for International Trade and Security", ["CITS"],
        ["University of Georgia Center for International Trade and Security"]),
    org("pir_center", NGO, "PIR Center", [], ["Center for Policy Studies in Russia"]),
    org("vcdnp", NGO, "Vienna Center for Disarmament and Non-Proliferation", ["VCDNP"]),
    org("ceness", NGO, "Center for Energy and Security Studies", ["CENESS"]),
    # "ISIS" is left out on purpose: in these texts it nearly always names the terrorist group.
    org("isis_online", NGO, "Institute for Science and International Security"),
    org("fas", NGO, "Federation of American Scientists", ["FAS"]),
    org("ican", NGO, "International Campaign to Abolish Nuclear Weapons", ["ICAN"]),
    org("gcsp", NGO, "Geneva Centre for Security Policy", ["GCSP"]),
    org("dcaf", NGO, "Geneva Centre for Security Sector Governance", ["DCAF"],
        ["Geneva Centre for the Democratic Control of Armed Forces"]),
    org("small_arms_survey", NGO, "Small Arms Survey"),
    org("africsis", NGO, "African Center for Science and International Security", ["AFRICSIS"]),
    org("eln", NGO, "European Leadership Network", ["ELN"]),
    org("prif", NGO, "Peace Research Institute Frankfurt", ["PRIF", "HSFK"]),
    org("frs", NGO, "Fondation pour la Recherche Stratégique", ["FRS"], ["Foundation for Strategic Research"]),
    org("iai", NGO, "Istituto Affari Internazionali", ["IAI"]),
    org("idsa", NGO, "Manohar Parrikar Institute for Defence Studies and Analyses", ["MP-IDSA", "IDSA"],
        ["Institute for Defence Studies and Analyses"]),
    org("rsis", ACAD, "S. Rajaratnam School of International Studies", ["RSIS"]),
    org("inmm", NGO, "Institute of Nuclear Materials Management", ["INMM"]),
    org("stri", NGO, "Strategic Trade Research Institute", ["STRI"]),
    org("ifba", NGO, "International Federation of Biosafety Associations", ["IFBA"]),
    org("cistec", NGO, "Center for Information on Security Trade Control", ["CISTEC"]),
    org("eunpdc", OTHER, "EU Non-Proliferation and Disarmament Consortium", ["EUNPDC"],
        ["European Union Non-Proliferation and Disarmament Consortium", "EU Non-Proliferation Consortium"]),
    org("iata", OTHER, "International Air Transport Association", ["IATA"]),
    org("icca", OTHER, "International Council of Chemical Associations", ["ICCA"]),
    org("cefic", OTHER, "European Chemical Industry Council", ["CEFIC"], ["Cefic"]),
]

# National bodies; ids start with the ISO alpha-3 code. Bare "Department of Energy/Justice/Defense"
# are not aliases: other States have departments so named.
GOVERNMENTS = [
    org("usa_dos", GOV, "United States Department of State", [],
        ["U.S. Department of State", "US Department of State", "Department of State", "State Department",
         "U.S. State Department", "US State Department"], country="USA"),
    org("usa_isn", GOV, "Bureau of International Security and Nonproliferation", ["ISN"],
        ["State Department Bureau of International Security and Nonproliferation"], country="USA", parent="usa_dos"),
    org("usa_ecc", GOV, "Office of Export Control Cooperation", [], [], country="USA", parent="usa_isn"),
    org("usa_exbs", GOV, "Export Control and Related Border Security Program", ["EXBS"],
        ["U.S. Export Control and Related Border Security Program", "US Export Control and Related Border Security Program",
         "EXBS Program", "U.S. EXBS Program", "US EXBS Program"], country="USA", parent="usa_ecc"),
    org("usa_ctr", GOV, "Office of Cooperative Threat Reduction", [], [], country="USA", parent="usa_isn"),
    org("usa_doe", GOV, "United States Department of Energy", ["DOE", "DoE"],
        ["U.S. Department of Energy", "US Department of Energy"], country="USA"),
    org("usa_nnsa", GOV, "National Nuclear Security Administration", ["NNSA"],
        ["U.S. National Nuclear Security Administration"], country="USA", parent="usa_doe"),
    org("usa_snl", GOV, "Sandia National Laboratories", ["SNL"], [], country="USA", parent="usa_nnsa"),
    org("usa_pnnl", GOV, "Pacific Northwest National Laboratory", ["PNNL"], [], country="USA", parent="usa_doe"),
    org("usa_anl", GOV, "Argonne National Laboratory", ["ANL"], [], country="USA", parent="usa_doe"),
    org("usa_dhs", GOV, "United States Department of Homeland Security", ["DHS"],
        ["U.S. Department of Homeland Security", "US Department of Homeland Security",
         "Department of Homeland Security"], country="USA"),
    org("usa_cbp", GOV, "U.S. Customs and Border Protection", ["CBP"],
        ["US Customs and Border Protection", "United States Customs and Border Protection",
         "Customs and Border Protection"], country="USA", parent="usa_dhs"),
    org("usa_doc", GOV, "United States Department of Commerce", [],
        ["U.S. Department of Commerce", "US Department of Commerce", "Department of Commerce"], country="USA"),
    org("usa_bis", GOV, "Bureau of Industry and Security", ["BIS"], [], country="USA", parent="usa_doc"),
    org("usa_doj", GOV, "United States Department of Justice", ["DOJ"],
        ["U.S. Department of Justice", "US Department of Justice"], country="USA"),
    org("usa_fbi", GOV, "Federal Bureau of Investigation", ["FBI"], [], country="USA", parent="usa_doj"),
    org("usa_dod", GOV, "United States Department of Defense", ["DoD", "DOD"],
        ["U.S. Department of Defense", "US Department of Defense"], country="USA"),
    org("usa_dtra", GOV, "Defense Threat Reduction Agency", ["DTRA"], [], country="USA", parent="usa_dod"),
    org("usa_treasury", GOV, "United States Department of the Treasury", [],
        ["U.S. Department of the Treasury", "US Department of the Treasury", "U.S. Treasury"], country="USA"),
    org("usa_ofac", GOV, "Office of Foreign Assets Control", ["OFAC"], [], country="USA", parent="usa_treasury"),
    org("usa_nrc", GOV, "United States Nuclear Regulatory Commission", ["USNRC", "U.S. NRC"],
        ["U.S. Nuclear Regulatory Commission", "US Nuclear Regulatory Commission"], country="USA"),
    org("usa_cdc", GOV, "Centers for Disease Control and Prevention", ["CDC"],
        ["U.S. Centers for Disease Control and Prevention"], country="USA"),
    org("usa_usun", GOV, "United States Mission to the United Nations", ["USUN"],
        ["U.S. Mission to the United Nations", "US Mission to the United Nations"], country="USA"),
    org("gbr_fcdo", GOV, "Foreign, Commonwealth & Development Office", ["FCDO"],
        ["Foreign, Commonwealth and Development Office", "UK Foreign, Commonwealth and Development Office"],
        country="GBR"),
    org("gbr_fco", GOV, "Foreign and Commonwealth Office", ["FCO"],
        ["Foreign & Commonwealth Office", "UK Foreign and Commonwealth Office"], country="GBR"),
    org("gbr_ecju", GOV, "Export Control Joint Unit", ["ECJU"], [], country="GBR"),
    org("gbr_hmrc", GOV, "HM Revenue and Customs", ["HMRC"],
        ["HM Revenue & Customs", "Her Majesty's Revenue and Customs"], country="GBR"),
    org("deu_bafa", GOV, "Federal Office for Economic Affairs and Export Control", ["BAFA"],
        ["German Federal Office for Economic Affairs and Export Control",
         "Bundesamt für Wirtschaft und Ausfuhrkontrolle"], country="DEU"),
    org("deu_ffo", GOV, "Federal Foreign Office", [], ["German Federal Foreign Office", "Auswärtiges Amt"],
        country="DEU"),
    org("jpn_meti", GOV, "Ministry of Economy, Trade and Industry", ["METI"],
        ["Japanese Ministry of Economy, Trade and Industry", "Ministry of Economy, Trade and Industry of Japan"],
        country="JPN"),
    org("jpn_mofa", GOV, "Ministry of Foreign Affairs of Japan", [], ["Japanese Ministry of Foreign Affairs"],
        country="JPN"),
    org("swe_isp", GOV, "Inspectorate of Strategic Products", ["ISP"], ["Swedish Inspectorate of Strategic Products"],
        country="SWE"),
    org("swe_ssm", GOV, "Swedish Radiation Safety Authority", ["SSM"], ["Strålsäkerhetsmyndigheten"], country="SWE"),
    org("fin_stuk", GOV, "Radiation and Nuclear Safety Authority", ["STUK"],
        ["Finnish Radiation and Nuclear Safety Authority", "Radiation and Nuclear Safety Authority of Finland"],
        country="FIN"),
    org("nor_dsa", GOV, "Norwegian Radiation and Nuclear Safety Authority", [], [], country="NOR"),
    # public agencies that implement EU and national outreach programmes (EU P2P, EU CBRN CoE)
    org("fra_expertise_france", GOV, "Expertise France", [], [], country="FRA"),
    org("deu_giz", GOV, "Deutsche Gesellschaft für Internationale Zusammenarbeit", ["GIZ"],
        ["German Agency for International Cooperation"],
        country="DEU"),
    org("can_gac", GOV, "Global Affairs Canada", ["GAC"], [], country="CAN"),
    # "Department of Foreign Affairs and Trade" alone is also Papua New Guinea's and Ireland's: only
    # the Australian one (or its acronym) is this body
    org("aus_dfat", GOV, "Australian Department of Foreign Affairs and Trade", ["DFAT"],
        ["Department of Foreign Affairs and Trade of Australia"], country="AUS"),
    org("aus_asno", GOV, "Australian Safeguards and Non-Proliferation Office", ["ASNO"], [], country="AUS",
        parent="aus_dfat"),
    org("kor_kinac", GOV, "Korea Institute of Nuclear Nonproliferation and Control", ["KINAC"], [], country="KOR"),
    org("kor_kosti", GOV, "Korea Strategic Trade Institute", ["KOSTI"], [], country="KOR"),
    org("chn_mofcom", GOV, "Ministry of Commerce of the People's Republic of China", ["MOFCOM"],
        ["Chinese Ministry of Commerce"], country="CHN"),
    org("rus_fstec", GOV, "Federal Service for Technical and Export Control", ["FSTEC"],
        ["Federal Service for Technical and Export Control of the Russian Federation"], country="RUS"),
    org("che_seco", GOV, "State Secretariat for Economic Affairs", ["SECO"],
        ["Swiss State Secretariat for Economic Affairs"], country="CHE"),
    org("isr_iaec", GOV, "Israel Atomic Energy Commission", ["IAEC"], [], country="ISR"),
    org("ind_dgft", GOV, "Directorate General of Foreign Trade", ["DGFT"], [], country="IND"),
]

ORGANIZATIONS = [
    *UNITED_NATIONS, *TREATY_BODIES, *REGIMES_AND_ENFORCEMENT, *EUROPE, *AFRICA,
    *ASIA_PACIFIC_MIDDLE_EAST, *AMERICAS, *RESEARCH_AND_CIVIL_SOCIETY, *GOVERNMENTS,
]


ORGANS = frozenset({
    "auc", "ecowas_commission", "asean_secretariat", "pifs", "opcw_ts",
    "osce_secretariat", "osce_cpc", "osce_tntd", "osce_ashgabat", "osce_astana", "osce_bishkek", "osce_dushanbe",
    "osce_uzbekistan",
    "who_afro", "who_emro", "who_euro", "who_searo", "who_wpro", "wco_rocb_ap",
    "iaea_nsd", "iaea_safeguards", "unodc_tpb", "unoda_geneva", "unoda_vienna", "unoda_rdb", "unoda_wmd_branch",
    "kcl_csss",
})
"""Bodies through which their parent acts, which analysts name as the parent as often as by their
own name: a regional organization's commission or secretariat, an organization's regional or field
office, a division or branch, a university's centre. Not a body listed in its own right (UNREC is
UNODA's, but no one names it "UNODA")."""


def render() -> str:
    """The JSONL text: one entry per line, sorted by id."""
    unknown = ORGANS - {row["id"] for row in ORGANIZATIONS}
    if unknown or any(row["parent"] is None for row in ORGANIZATIONS if row["id"] in ORGANS):
        raise SystemExit(f"ORGANS names ids without a parent or not in the registry: {sorted(unknown)}")
    rows = sorted(({**row, "organ": row["id"] in ORGANS} for row in ORGANIZATIONS), key=lambda row: row["id"])
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)


def main(argv: list[str]) -> int:
    """Write the JSONL, or with ``--check`` report whether it is current (exit 1 if not)."""
    text = render()
    if "--check" in argv:
        current = OUT.read_text(encoding="utf-8") if OUT.exists() else ""
        if current != text:
            print(f"{OUT} is out of date: run python scripts/build_organizations.py", file=sys.stderr)
            return 1
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {len(ORGANIZATIONS)} organizations to {OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
