#!/usr/bin/env python3
"""Generates realistic German Quartiersnetz content for the benchmark (standard library only).

    python3 bench/gen_content.py --items 10000 --out bench/work/gen-10000 [--seed 4711]

Writes Magnolia YAML export files in the import format of `quartiersnetz.jar import`
(`<workspace>.teil-NNN.yaml`, each holding many top-level items, each below --max-file-mb so the
importer's YAML size limit is never hit) plus `manifest.json` for the harness: counts, item names,
filter values with their counts, search terms and a few sample items as delivery-API-shaped JSON
(used as stand-in bytes for the nginx baseline while the delivery API answers 404).

Everything is derived from --seed, so the same arguments always give byte-identical files.
Items are valid against light-modules/quartiersnetz-content/contentTypes/*.yaml: required fields,
options, HH:mm times, 5-digit postal codes, e-mail and URL patterns, references to generated items.
"""
import argparse
import datetime as dt
import json
import os
import random
import re
import sys
import uuid

GENERATOR_VERSION = 3

# ---------------------------------------------------------------------------------------------
# Vocabulary
# ---------------------------------------------------------------------------------------------
# town, postal code, latitude, longitude, phone area code, weight (how many projects it gets)
TOWNS = {
    "sachsen": [
        ("Leipzig", "04109", 51.3397, 12.3731, "0341", 10), ("Dresden", "01067", 51.0504, 13.7373, "0351", 9),
        ("Chemnitz", "09111", 50.8278, 12.9214, "0371", 6), ("Zwickau", "08056", 50.7189, 12.4964, "0375", 3),
        ("Plauen", "08523", 50.4948, 12.1373, "03741", 2), ("Görlitz", "02826", 51.1528, 14.9874, "03581", 2),
        ("Freiberg", "09599", 50.9119, 13.3428, "03731", 1), ("Bautzen", "02625", 51.1814, 14.4238, "03591", 1),
        ("Pirna", "01796", 50.9626, 13.9403, "03501", 1), ("Freital", "01705", 51.0014, 13.6498, "0351", 1),
        ("Hoyerswerda", "02977", 51.4378, 14.2352, "03571", 1), ("Riesa", "01587", 51.3080, 13.2938, "03525", 1),
        ("Meißen", "01662", 51.1636, 13.4775, "03521", 1), ("Döbeln", "04720", 51.1219, 13.1122, "03431", 1),
        ("Grimma", "04668", 51.2386, 12.7253, "03437", 1), ("Torgau", "04860", 51.5603, 13.0056, "03421", 1),
        ("Zittau", "02763", 50.8961, 14.8072, "03583", 1), ("Annaberg-Buchholz", "09456", 50.5801, 13.0025, "03733", 1),
        ("Glauchau", "08371", 50.8181, 12.5442, "03763", 1), ("Weißwasser", "02943", 51.5031, 14.6378, "03576", 1),
    ],
    "sachsenAnhalt": [
        ("Magdeburg", "39104", 52.1205, 11.6276, "0391", 6), ("Halle (Saale)", "06108", 51.4825, 11.9697, "0345", 6),
        ("Dessau-Roßlau", "06844", 51.8330, 12.2458, "0340", 2), ("Lutherstadt Wittenberg", "06886", 51.8668, 12.6484, "03491", 1),
        ("Bitterfeld-Wolfen", "06749", 51.6231, 12.3256, "03493", 1), ("Stendal", "39576", 52.6056, 11.8594, "03931", 1),
        ("Halberstadt", "38820", 51.8958, 11.0467, "03941", 1), ("Weißenfels", "06667", 51.2000, 11.9687, "03443", 1),
        ("Merseburg", "06217", 51.3544, 11.9928, "03461", 1), ("Naumburg (Saale)", "06618", 51.1500, 11.8097, "03445", 1),
        ("Wernigerode", "38855", 51.8350, 10.7853, "03943", 1), ("Bernburg (Saale)", "06406", 51.7940, 11.7400, "03471", 1),
        ("Quedlinburg", "06484", 51.7890, 11.1500, "03946", 1), ("Sangerhausen", "06526", 51.4722, 11.2978, "03464", 1),
        ("Zeitz", "06712", 51.0478, 12.1383, "03441", 1), ("Köthen (Anhalt)", "06366", 51.7511, 11.9709, "03496", 1),
    ],
    "thueringen": [
        ("Erfurt", "99084", 50.9787, 11.0328, "0361", 5), ("Jena", "07743", 50.9271, 11.5892, "03641", 3),
        ("Gera", "07545", 50.8803, 12.0819, "0365", 3), ("Weimar", "99423", 50.9795, 11.3235, "03643", 2),
        ("Gotha", "99867", 50.9489, 10.7018, "03621", 1), ("Nordhausen", "99734", 51.5050, 10.7910, "03631", 1),
        ("Eisenach", "99817", 50.9807, 10.3152, "03691", 1), ("Suhl", "98527", 50.6091, 10.6923, "03681", 1),
        ("Mühlhausen", "99974", 51.2083, 10.4533, "03601", 1), ("Altenburg", "04600", 50.9853, 12.4340, "03447", 1),
        ("Ilmenau", "98693", 50.6839, 10.9194, "03677", 1), ("Saalfeld/Saale", "07318", 50.6484, 11.3654, "03671", 1),
        ("Arnstadt", "99310", 50.8343, 10.9464, "03628", 1), ("Apolda", "99510", 51.0247, 11.5139, "03644", 1),
        ("Rudolstadt", "07407", 50.7202, 11.3403, "03672", 1), ("Greiz", "07973", 50.6547, 12.1997, "03661", 1),
    ],
}
STATE_NAMES = {"sachsen": "Sachsen", "sachsenAnhalt": "Sachsen-Anhalt", "thueringen": "Thüringen"}
STATE_ADJ = {"sachsen": "Sächsisches", "sachsenAnhalt": "Sachsen-Anhaltisches", "thueringen": "Thüringer"}
DISTRICTS = {
    "Leipzig": ["Volkmarsdorf", "Neustadt-Neuschönefeld", "Grünau", "Paunsdorf", "Schönefeld", "Connewitz",
                "Lindenau", "Plagwitz", "Reudnitz", "Mockau", "Anger-Crottendorf", "Sellerhausen-Stünz"],
    "Dresden": ["Gorbitz", "Prohlis", "Johannstadt", "Pieschen", "Äußere Neustadt", "Leuben", "Reick", "Friedrichstadt"],
    "Chemnitz": ["Sonnenberg", "Kaßberg", "Markersdorf", "Hutholz", "Yorckgebiet", "Schloßchemnitz", "Helbersdorf"],
    "Halle (Saale)": ["Silberhöhe", "Halle-Neustadt", "Südliche Innenstadt", "Heide-Nord", "Freiimfelde", "Glaucha"],
    "Magdeburg": ["Neu Olvenstedt", "Kannenstieg", "Neustädter Feld", "Sudenburg", "Buckau", "Neue Neustadt"],
    "Erfurt": ["Herrenberg", "Rieth", "Roter Berg", "Moskauer Platz", "Drosselberg", "Johannesplatz"],
    "Jena": ["Lobeda", "Winzerla", "Nord", "Wenigenjena"],
    "Gera": ["Lusan", "Bieblach-Ost", "Innenstadt", "Debschwitz"],
    "Zwickau": ["Neuplanitz", "Eckersbach", "Marienthal", "Innenstadt"],
}
GENERIC_DISTRICTS = ["Innenstadt", "Altstadt", "Nord", "Süd", "Ost", "West", "Neustadt", "Bahnhofsvorstadt"]
STREETS = ["Bahnhofstraße", "Hauptstraße", "Schillerstraße", "Goethestraße", "Lessingstraße", "Lindenstraße",
           "Karl-Liebknecht-Straße", "Rosa-Luxemburg-Straße", "Friedrich-Ebert-Straße", "Bergstraße", "Gartenstraße",
           "Marktstraße", "Breite Straße", "Albert-Schweitzer-Straße", "August-Bebel-Straße", "Thomas-Müntzer-Straße",
           "Straße der Jugend", "Eisenbahnstraße", "Wurzner Straße", "Torgauer Straße", "Albert-Köhler-Straße",
           "Puschkinstraße", "Ernst-Thälmann-Straße", "Am Anger", "Kirchplatz", "Rathausstraße", "Leipziger Straße"]
FIRST_F = ["Anja", "Sabine", "Katrin", "Claudia", "Susanne", "Jana", "Nadine", "Stefanie", "Julia", "Christina",
           "Maria", "Franziska", "Anne", "Kerstin", "Heike", "Ines", "Doreen", "Peggy", "Mandy", "Jeannette", "Lena",
           "Sophie", "Luise", "Birgit"]
FIRST_M = ["Andreas", "Thomas", "Michael", "Stefan", "Frank", "Matthias", "Torsten", "Jens", "Sebastian", "Martin",
           "Tobias", "Christian", "René", "Sven", "Marco", "Daniel", "Uwe", "Holger", "Ronny", "Falk", "Paul", "Felix"]
LAST = ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann",
        "Koch", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger",
        "Hartmann", "Lange", "Werner", "Krause", "Lehmann", "Köhler", "Herrmann", "Walter", "König", "Kaiser",
        "Fuchs", "Peters", "Scholz", "Möller", "Weiß", "Jung", "Hahn", "Schubert", "Vogel", "Friedrich", "Günther",
        "Keller", "Winkler", "Berger", "Lorenz", "Baumann", "Franke", "Albrecht", "Ludwig", "Winter", "Böhm",
        "Seidel", "Heinrich", "Brandt", "Dietrich", "Kühn", "Pohl", "Engel", "Voigt", "Ullrich", "Hempel",
        "Förster", "Thiele", "Große", "Petzold", "Ebert", "Schulze", "Wilfer", "Mehlich", "Starke", "Rößler"]
CARRIERS = ["AWO Kreisverband {city} e.V.", "Caritasverband für {city} e.V.", "Diakonie {city} gGmbH",
            "Volkssolidarität {city} e.V.", "DRK-Kreisverband {city} e.V.", "Neue Arbeit {city} e.V.",
            "Internationaler Bund (IB) Mitte gGmbH", "Bürgerverein {district} e.V.", "Stadtteilverein {district} e.V.",
            "Soziokulturelles Zentrum {city} e.V.", "Kinder- und Jugendhilfe {city} gGmbH",
            "Mehrgenerationenhaus {city} e.V.", "Quartiersverein {district} e.V.", "Outlaw gGmbH",
            "Evangelische Jugendhilfe {city} e.V.", "Arbeitslosenverband {city} e.V."]
PROJECT_KINDS = [  # title pattern, kind
    ("Gemeinwesenkoordination {city} {district}", "neighbourhoodCoordination"),
    ("Quartiersmanagement {district}", "neighbourhoodManagement"),
    ("Stadtteilbüro {district}", "neighbourhoodManagement"),
    ("Nachbarschaftstreff {district}", "neighbourhoodCoordination"),
    ("Quartierstreff {street}", "neighbourhoodCoordination"),
    ("Stadtteilladen {district}", "neighbourhoodCoordination"),
    ("Servicestelle Gemeinwesenarbeit {city}", "serviceCentre"),
    ("Bürgerbüro {district}", "serviceCentre"),
    ("Modellprojekt Aktive Nachbarschaft {district}", "pilotProject"),
    ("Begegnungszentrum {district}", "other"),
    ("Integrierte Sozialarbeit {district}", "other"),
]
OFFERS = [
    ("Beratung in Alltagsfragen", None),
    ("Moderation bei Konflikten in der Nachbarschaft", None),
    ("Hilfe beim Ausfüllen von Formularen, Anträgen usw.", None),
    ("Vermittlung zu Beratungsstellen", None),
    ("Vermittlung zu Ehrenämtern, Freiwilligendienste", None),
    ("Förderung von Selbsthilfepotentialen", None),
    ("Motivation der Bevölkerung zur Beteiligung an der Gemeinwesenarbeit",
     "z.B. über die (Mit-) Organisation von Veranstaltungen und Festen"),
    ("Offenes Nachbarschaftscafé", "jeden Donnerstag mit Kaffee, Kuchen und Gesprächen"),
    ("Hausaufgabenhilfe für Grundschulkinder", "montags bis donnerstags, ehrenamtlich begleitet"),
    ("Sprachcafé Deutsch", "Deutsch üben im Gespräch, für alle Sprachniveaus"),
    ("Seniorentreff", "Gedächtnistraining, Spielenachmittage und Ausflüge"),
    ("Mieterberatung", "in Zusammenarbeit mit dem Mieterverein"),
    ("Computersprechstunde für Seniorinnen und Senioren", None),
    ("Repair-Café", "Reparieren statt Wegwerfen, einmal im Monat"),
    ("Verfügungsfonds für Initiativen im Stadtteil", "kleine Zuschüsse für Nachbarschaftsprojekte"),
    ("Raumvergabe für Vereine und Initiativen", None),
    ("Gemeinschaftsgarten", "Beete zum Mitgärtnern im Hof"),
    ("Eltern-Kind-Gruppe", None),
    ("Bewerbungstraining und Jobcafé", None),
    ("Integrationslotsen", "Begleitung zu Ämtern und Behörden"),
    ("Stadtteilzeitung", "Redaktion aus Bewohnerinnen und Bewohnern"),
    ("Fahrradselbsthilfewerkstatt", None),
]
FUNDING_PROGRAMMES = ["Soziale Stadt", "Sozialer Zusammenhalt", "ESF-Förderrichtlinie Nachhaltige soziale Stadtentwicklung",
                      "ESF Plus", "BIWAQ – Bildung, Wirtschaft, Arbeit im Quartier", "Gemeinwesenorientierte Arbeit"]
STATE_FUNDERS = {"sachsen": "Freistaat Sachsen", "sachsenAnhalt": "Land Sachsen-Anhalt",
                 "thueringen": "Freistaat Thüringen"}
STATE_FUNDERS_ACC = {"sachsen": "den Freistaat Sachsen", "sachsenAnhalt": "das Land Sachsen-Anhalt",
                     "thueringen": "den Freistaat Thüringen"}
STATE_PROGRAMMES = {"sachsen": "Landesprogramm Gemeinwesenorientierte Arbeit",
                    "sachsenAnhalt": "Landesprogramm Stadtteilarbeit Sachsen-Anhalt",
                    "thueringen": "Landesprogramm Solidarisches Zusammenleben der Generationen (LSZ)"}
SENTENCES = [
    "Das {title} ist Anlaufstelle für alle Bewohnerinnen und Bewohner im Stadtteil {district}.",
    "Wir setzen uns dafür ein, dass sich die Lebensqualität im Quartier verbessert.",
    "Gemeinsam mit lokalen Einrichtungen, Initiativen, Vereinen und Behörden entwickeln wir Ideen für das Zusammenleben.",
    "Die Koordinatorin pflegt Kontakt zu Bewohnern und Bewohnerinnen und unterstützt sie darin, sich einzubringen.",
    "Träger des Projekts ist {carrier}.",
    "Seit {year} gibt es regelmäßige Stadtteilrunden, zu denen alle Interessierten eingeladen sind.",
    "Im Mittelpunkt stehen Beratung, Begegnung und Beteiligung.",
    "Soziale Probleme im Gebiet sollen beseitigt oder zumindest verringert werden.",
    "Ehrenamtliche Helferinnen und Helfer sind jederzeit willkommen.",
    "Das Büro ist barrierefrei erreichbar und liegt in der Nähe der Haltestelle {street}.",
    "Die Arbeit wird durch {funder} gefördert.",
    "Wir vernetzen Akteure aus Sozialarbeit, Wohnungswirtschaft, Schule und Kultur.",
    "Besonders wichtig ist uns die Zusammenarbeit mit Kitas, Schulen und Seniorentreffs im Viertel.",
    "Anregungen und Beschwerden aus der Nachbarschaft nehmen wir gern auf und geben sie an die Verwaltung weiter.",
    "Mehrmals im Jahr organisieren wir Stadtteilfeste, Flohmärkte und Aufräumaktionen.",
]
NEWS_TITLES = [
    ("Stadtteilfest im {district} am {day}. {month}", "event"),
    ("{n}. Forum {district} zieht Bilanz", "event"),
    ("Fachtag Gemeinwesenarbeit in {city}", "event"),
    ("Neue Sprechzeiten im Stadtteilbüro {district}", "news"),
    ("Einladung zum Netzwerktreffen in {city}", "meeting"),
    ("Förderung für das {project} verlängert", "news"),
    ("Ehrenamtspreis für Nachbarschaftsinitiative aus {district}", "news"),
    ("Nachbarschaftscafé in {district} eröffnet", "news"),
    ("Beteiligungswerkstatt zur Umgestaltung des Marktplatzes in {city}", "event"),
    ("Jahresbericht {year} des {project} erschienen", "news"),
    ("Frühjahrsputz im Quartier {district}", "event"),
    ("Länderübergreifendes LAG-Treffen in {city}", "meeting"),
    ("Arbeitskreis Soziales {district} tagt", "meeting"),
]
MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember"]
AGENDA = ["Begrüßung und Vorstellungsrunde", "Bericht aus den Arbeitskreisen", "Erfahrungsaustausch in Kleingruppen",
          "Mittagspause", "Fördermöglichkeiten 2026", "Planung des Stadtteilfestes", "Verschiedenes",
          "Zusammenfassung und Ausblick"]
KEYWORDS = ["Gemeinwesenarbeit", "Quartiersmanagement", "Nachbarschaft", "Beteiligung", "Ehrenamt", "Senioren",
            "Jugend", "Familie", "Integration", "Stadtentwicklung", "Soziale Stadt", "Bildung", "Kultur", "Gesundheit"]
WG_TOPICS = [("Arbeitskreis Soziales {district}", "soziale Lage und Angebote im Stadtteil"),
             ("Netzwerk Gesundheit {city}", "Gesundheitsförderung im Quartier"),
             ("AK Kinder, Jugend, Familie {district}", "Angebote für Kinder, Jugendliche und Familien"),
             ("Netzwerk Kultur {district}", "Vernetzung der Akteurinnen und Akteure im Kulturbereich"),
             ("Aktionsbündnis Sicherheit {district}", "Sicherheit und Ordnung im öffentlichen Raum"),
             ("AG Wohnen und Wohnumfeld {district}", "Wohnungsbestand, Mieten und Wohnumfeld"),
             ("Runder Tisch Integration {city}", "Zusammenleben von Alteingesessenen und Zugewanderten"),
             ("Seniorennetzwerk {district}", "Teilhabe älterer Menschen im Stadtteil")]
RHYTHMS = [("monatlich", 1), ("aller 2 Monate", 2), ("vierteljährlich", 3), ("halbjährlich", 6)]
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday"]
WEEKDAYS_DE = ["montag", "dienstag", "mittwoch", "donnerstag", "freitag"]
PLACES = ["Stadtteilbüro, Erdgeschoss", "Nachbarschaftstreff, Raum 2", "Bürgerhaus, großer Saal", "Begegnungsstätte",
          "Mehrgenerationenhaus, Café"]

# ---------------------------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------------------------
UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss", "é": "e"})


def slug(text):
    return re.sub(r"-+", "-", re.sub(r"[^a-z0-9]+", "-", text.translate(UMLAUTS).lower())).strip("-")


def last_sunday(year, month):
    day = dt.date(year, month + 1, 1) - dt.timedelta(days=1) if month < 12 else dt.date(year, 12, 31)
    return day - dt.timedelta(days=(day.weekday() + 1) % 7)


def berlin_offset(moment):
    """+02:00 during EU summer time (last Sunday of March to last Sunday of October), else +01:00."""
    d = moment.date()
    return "+02:00" if last_sunday(d.year, 3) <= d < last_sunday(d.year, 10) else "+01:00"


class Date:
    """A JCR date, written unquoted in YAML (YAML timestamp) and as text in JSON."""
    __slots__ = ("text",)

    def __init__(self, moment):
        self.text = moment.strftime("%Y-%m-%dT%H:%M:%S.000") + berlin_offset(moment)


class Node:
    __slots__ = ("name", "type", "uuid", "props", "children")

    def __init__(self, name, node_type, node_uuid):
        self.name, self.type, self.uuid, self.props, self.children = name, node_type, node_uuid, [], []

    def set(self, key, value):
        if value is not None and value != [] and value != "":
            self.props.append((key, value))
        return self


class Generator:
    def __init__(self, seed, items):
        self.rnd = random.Random(seed)
        self.items = items
        self.used_names = {}
        self.towns = [(state, *town) for state, towns in TOWNS.items() for town in towns]
        self.town_weights = [t[6] for t in self.towns]
        self.stamp = Date(dt.datetime(2026, 11, 1, 9, 0))

    def uuid(self):
        return str(uuid.UUID(int=self.rnd.getrandbits(128), version=4))

    def name(self, workspace, title):
        base = slug(title)[:80].strip("-")
        used = self.used_names.setdefault(workspace, {})
        n = used.get(base, 0) + 1
        used[base] = n
        return base if n == 1 else f"{base}-{n}"

    def item(self, workspace, title):
        node = Node(self.name(workspace, title), "mgnl:content", self.uuid())
        node.set("mgnl:created", self.stamp).set("mgnl:lastModified", self.stamp)
        return node

    def sub(self, name):
        return Node(name, "mgnl:contentNode", self.uuid())

    def multi(self, parent, name, entries):
        if entries:
            holder = self.sub(name)
            for i, entry in enumerate(entries):
                entry.name = str(i)
                holder.children.append(entry)
            parent.children.append(holder)

    def town(self):
        return self.rnd.choices(self.towns, weights=self.town_weights)[0]

    def district(self, city):
        return self.rnd.choice(DISTRICTS.get(city) or [f"{city} {d}" for d in GENERIC_DISTRICTS])

    def person(self):
        female = self.rnd.random() < 0.65
        first = self.rnd.choice(FIRST_F if female else FIRST_M)
        return f"{first} {self.rnd.choice(LAST)}", female

    def date(self, start_year, end_year, hour=0):
        start = dt.date(start_year, 1, 1).toordinal()
        day = dt.date.fromordinal(self.rnd.randint(start, dt.date(end_year, 12, 31).toordinal()))
        return dt.datetime(day.year, day.month, day.day, hour, 0)

    def postal(self, base):
        return base[:3] + f"{(int(base[3:]) + self.rnd.randint(0, 40)) % 100:02d}"

    def phone(self, area):
        return f"{area}/ {self.rnd.randint(200, 999)} {self.rnd.randint(10, 99)} {self.rnd.randint(0, 99)}"

    def address(self, city, postal, street=None):
        a = self.sub("address")
        a.set("street", f"{street or self.rnd.choice(STREETS)} {self.rnd.randint(1, 120)}")
        a.set("postalCode", self.postal(postal)).set("city", city)
        return a

    def contact(self, domain, role_f, role_m, area):
        name, female = self.person()
        c = self.sub("c")
        c.set("name", name).set("role", role_f if female else role_m)
        c.set("phone", self.phone(area))
        c.set("email", f"{slug(name).replace('-', '.')}@{domain}")
        return c

    def paragraphs(self, context, count):
        out = []
        for _ in range(count):
            picks = self.rnd.sample(SENTENCES, self.rnd.randint(3, 5))
            out.append("<p>" + " ".join(s.format(**context) for s in picks) + "</p>")
        return "".join(out)

    # --- networks -------------------------------------------------------------------------------
    def networks(self, count):
        nets = []
        fixed = [
            ("Landesarbeitsgemeinschaft Quartiersmanagement und Gemeinwesenarbeit Sachsen", "LAG Sachsen",
             "stateNetwork", "sachsen", "Chemnitz"),
            ("Thüringer Arbeitsgemeinschaft Soziale Stadtentwicklung und Gemeinwesenarbeit", "ThASG",
             "stateNetwork", "thueringen", "Erfurt"),
            ("Landesarbeitsgemeinschaft der Freiwilligenagenturen Sachsen-Anhalt", "LAGFA Sachsen-Anhalt",
             "stateNetwork", "sachsenAnhalt", "Magdeburg"),
            ("Bundesarbeitsgemeinschaft Soziale Stadtentwicklung und Gemeinwesenarbeit", "BAG",
             "federalNetwork", "bund", "Berlin"),
        ]
        for i in range(count):
            if i < len(fixed):
                title, abbr, kind, state, city = fixed[i]
                area = STATE_NAMES.get(state, "Deutschland")
            else:
                state, city = self.town()[:2]
                district = self.district(city)
                pattern = self.rnd.choice(["Netzwerk {d}", "Stadtteilnetzwerk {d}", "Bündnis für Familie {c}",
                                           "Arbeitsgemeinschaft Soziale Stadt {c}", "Netzwerk Gemeinwesenarbeit {c}"])
                title = pattern.format(d=district, c=city)
                abbr, kind, area = None, "localNetwork", district
            n = self.item("networks", title)
            n.set("title", title).set("abbreviation", abbr).set("kind", kind).set("federalState", state)
            n.set("area", area).set("city", city)
            founded = self.date(1995, 2020)
            n.set("founded", Date(founded)).set("foundedPlace", city)
            if self.rnd.random() < 0.5:
                n.set("legalForm", "e.V.").set("legalFormSince", Date(founded + dt.timedelta(days=self.rnd.randint(100, 2500))))
                n.set("nonProfit", True)
            n.set("description", f"<p>Das {title} wurde {founded.year} in {city} gegründet.</p>"
                  + self.paragraphs({"title": title, "district": area, "carrier": title, "year": founded.year,
                                     "street": self.rnd.choice(STREETS), "funder": "Mitgliedsbeiträge"}, 1))
            n.set("meetingRhythm", self.rnd.choice(["viermal jährlich Arbeitstreffen in wechselnden Städten",
                                                    "monatliches Netzwerktreffen", "aller 2 Monate, jeweils mittwochs"]))
            n.set("keywords", self.rnd.sample(KEYWORDS, 3))
            n.set("email", f"info@{slug(abbr or title)[:30].strip('-')}.de")
            n.set("website", f"https://www.{slug(abbr or title)[:30].strip('-')}.de/")
            if city != "Berlin":
                postal = next(t[2] for t in self.towns if t[1] == city)
                n.children.append(self.address(city, postal))
            self.multi(n, "contacts", [self.contact("netzwerk-gwa.de", "Sprecherin", "Sprecher", "0341")
                                       for _ in range(self.rnd.randint(1, 2))])
            nets.append((n, state, city))
        return nets

    # --- projects -------------------------------------------------------------------------------
    def projects(self, count, networks, founding=0):
        """The first `founding` projects reference no network: networks list them as members, so they can
        be imported before the networks and every later file only refers to items imported earlier."""
        projects = []
        state_nets = {state: [n for n, s, _ in networks if s == state] for state in STATE_NAMES}
        for _ in range(count):
            state, city, postal, lat, lon, area = self.town()[:6]
            district = self.district(city)
            street = self.rnd.choice(STREETS)
            pattern, kind = self.rnd.choice(PROJECT_KINDS)
            title = pattern.format(city=city, district=district, street=street).replace(f"{city} {city} ", f"{city} ")
            carrier = self.rnd.choice(CARRIERS).format(city=city, district=district)
            domain = slug(carrier.replace(" e.V.", "").replace(" gGmbH", ""))[:40].strip("-") + ".de"
            p = self.item("projects", title)
            p.set("title", title)
            title_en = (title.replace("Quartiersmanagement", "Neighbourhood management")
                        .replace("Stadtteilbüro", "District office").replace("Nachbarschaftstreff", "Neighbourhood meeting point"))
            if title_en != title and self.rnd.random() < 0.5:
                p.set("title_en", title_en)
            p.set("kind", kind).set("carrier", carrier)
            if len(projects) >= founding:
                nets = [self.rnd.choice(state_nets[state] or [networks[0][0]]).uuid]
                local = [n for n, s, c in networks if c == city]
                if local and self.rnd.random() < 0.6:
                    nets.append(self.rnd.choice(local).uuid)
                p.set("networks", sorted(set(nets)))
            p.set("goal", self.rnd.choice(["Verbesserung der Lebensqualität im Stadtteil",
                                           "Stärkung der Nachbarschaft und des sozialen Zusammenhalts",
                                           "Beteiligung der Bewohnerinnen und Bewohner an der Stadtteilentwicklung"]))
            funder = self.rnd.choice([f"die Stadt {city}", "den Europäischen Sozialfonds (ESF)", STATE_FUNDERS_ACC[state]])
            started = self.date(2008, 2025)
            ctx = {"title": title, "district": district, "carrier": carrier, "year": started.year,
                   "street": street, "funder": funder}
            heading = f"<h2>Was ist {pattern.split(' {')[0]}?</h2>" if self.rnd.random() < 0.3 else ""
            p.set("description", heading + self.paragraphs(ctx, self.rnd.randint(1, 3)))
            p.set("offersHeading", "Unser Angebot für Sie")
            offers = []
            for title_, text in self.rnd.sample(OFFERS, self.rnd.randint(2, 6)):
                o = self.sub("o")
                o.set("title", title_).set("text", text)
                offers.append(o)
            p.set("fundingProgramme", self.rnd.choice(FUNDING_PROGRAMMES + [STATE_PROGRAMMES[state]]))
            p.set("funders", sorted({f"Stadt {city}", self.rnd.choice(["Europäischer Sozialfonds (ESF)", STATE_FUNDERS[state]])}))
            p.set("fundingNote", f"Das Projekt wird durch {funder} gefördert.")
            p.set("runningFrom", Date(started))
            if self.rnd.random() < 0.7:
                p.set("runningUntil", Date(dt.datetime(started.year + self.rnd.randint(2, 6), 12, 31)))
            p.set("district", district).set("city", city).set("federalState", state)
            p.set("latitude", round(lat + self.rnd.uniform(-0.03, 0.03), 5))
            p.set("longitude", round(lon + self.rnd.uniform(-0.05, 0.05), 5))
            p.set("phones", [self.phone(area) for _ in range(self.rnd.randint(1, 2))])
            p.set("email", f"{slug(district)[:20].strip('-')}@{domain}")
            p.set("website", f"https://www.{domain}/{slug(title)[:40].strip('-')}")
            self.multi(p, "offers", offers)
            p.children.append(self.address(city, postal, street))
            self.multi(p, "contacts", [self.contact(domain, "Ansprechpartnerin", "Ansprechpartner", area)
                                       for _ in range(self.rnd.randint(1, 2))])
            link = self.sub("l")
            link.set("title", f"Website des Trägers {carrier}")
            link.set("url", f"https://www.{domain}/").set("kind", "website")
            self.multi(p, "links", [link])
            projects.append((p, state, city, district, street))
        return projects

    # --- office hours ---------------------------------------------------------------------------
    def office_hours(self, count, projects):
        out = []
        for i in range(count):
            p, _, city, district, street = projects[i % len(projects)]
            weekday = WEEKDAYS[(i // len(projects) + self.rnd.randint(0, 4)) % 5]
            opens = self.rnd.choice([8, 9, 10, 13, 14, 15])
            title = f"{p.name} {WEEKDAYS_DE[WEEKDAYS.index(weekday)]}"
            o = self.item("officeHours", title)
            o.set("title", self.rnd.choice(["Offene Sprechzeiten", "Sprechstunde", "Beratungszeit", "Offener Treff"]))
            o.set("project", p.uuid).set("weekday", weekday)
            o.set("opens", f"{opens:02d}:00").set("closes", f"{opens + self.rnd.choice([2, 3, 4]):02d}:{self.rnd.choice(['00', '30'])}")
            o.set("place", f"{self.rnd.choice(PLACES)}, {street} {self.rnd.randint(1, 90)}, {city}")
            o.set("note", "Weitere Termine nach Absprache" if self.rnd.random() < 0.6 else None)
            valid_from = self.date(2024, 2026)
            o.set("validFrom", Date(valid_from))
            if self.rnd.random() < 0.3:
                o.set("validUntil", Date(valid_from + dt.timedelta(days=self.rnd.randint(90, 720))))
            out.append(o)
        return out

    # --- working groups -------------------------------------------------------------------------
    def working_groups(self, count, networks):
        out = []
        for _ in range(count):
            net, state, _ = self.rnd.choice(networks)
            city = self.town()[1] if state == "bund" else self.rnd.choice([t[1] for t in self.towns if t[0] == state])
            district = self.district(city)
            pattern, topic = self.rnd.choice(WG_TOPICS)
            title = pattern.format(city=city, district=district)
            w = self.item("workingGroups", title)
            rhythm, months = self.rnd.choice(RHYTHMS)
            w.set("title", title).set("network", net.uuid).set("area", district).set("topic", topic)
            w.set("description", self.paragraphs({"title": title, "district": district, "carrier": net.name,
                                                  "year": self.rnd.randint(2000, 2024), "street": self.rnd.choice(STREETS),
                                                  "funder": f"die Stadt {city}"}, 1))
            w.set("openToPublic", self.rnd.random() < 0.5).set("foundedYear", self.rnd.randint(1998, 2024))
            w.set("rhythm", rhythm).set("rhythmMonths", months)
            w.set("meetingPlace", f"{self.rnd.choice(PLACES)}, {city}")
            w.set("nextMeetingDate", Date(self.date(2026, 2027, hour=self.rnd.choice([10, 14, 16]))))
            w.set("nextMeetingPlace", f"{self.rnd.choice(STREETS)} {self.rnd.randint(1, 80)}, {city}")
            w.set("contactEmails", [f"ak-{slug(district)[:20].strip('-')}@netzwerk-{slug(city)[:20].strip('-')}.de"])
            mods = []
            for _ in range(self.rnd.randint(1, 2)):
                m = self.sub("m")
                name, _female = self.person()
                m.set("name", name).set("organisation", self.rnd.choice(CARRIERS).format(city=city, district=district))
                mods.append(m)
            self.multi(w, "moderators", mods)
            minutes = self.sub("l")
            minutes.set("title", f"Protokoll vom {self.rnd.randint(1, 28)}. {self.rnd.choice(MONTHS)} {self.rnd.randint(2019, 2026)}")
            minutes.set("url", f"https://www.netzwerk-{slug(city)[:20].strip('-')}.de/protokolle/{w.name[:40]}.pdf")
            minutes.set("kind", "minutes")
            self.multi(w, "links", [minutes])
            out.append(w)
        return out

    # --- news -----------------------------------------------------------------------------------
    def news(self, count, networks, projects):
        out = []
        for _ in range(count):
            p, state, city, district, street = self.rnd.choice(projects)
            pattern, kind = self.rnd.choice(NEWS_TITLES)
            day = self.date(2008, 2026)
            title = pattern.format(district=district, city=city, n=self.rnd.randint(2, 40), day=day.day,
                                   month=MONTHS[day.month - 1], project=next(v for k, v in p.props if k == "title"),
                                   year=day.year - 1)
            n = self.item("news", f"{title} {day.year}")
            n.set("title", title)
            n.set("teaser", f"{title}: Informationen aus {district} ({city}) für Bewohnerinnen, Bewohner und Fachleute.")
            n.set("kind", kind).set("date", Date(day)).set("dateline", city)
            n.set("body", self.paragraphs({"title": next(v for k, v in p.props if k == "title"), "district": district,
                                           "carrier": next(v for k, v in p.props if k == "carrier"),
                                           "year": day.year, "street": street, "funder": f"die Stadt {city}"},
                                          self.rnd.randint(1, 3)))
            n.set("keywords", self.rnd.sample(KEYWORDS, 2))
            if kind in ("event", "meeting"):
                start = day + dt.timedelta(days=self.rnd.randint(7, 40), hours=self.rnd.choice([10, 14, 17]))
                n.set("eventTitle", title.split(" am ")[0]).set("eventStart", Date(start))
                n.set("eventEnd", Date(start + dt.timedelta(hours=self.rnd.choice([2, 3, 6]))))
                venue = self.sub("venue")
                venue.set("name", self.rnd.choice(["Bürgerhaus", "Stadtteilzentrum", "Soziokulturelles Zentrum",
                                                   "Gemeindesaal"]) + f" {district}")
                venue.set("street", f"{street} {self.rnd.randint(1, 60)}")
                venue.set("postalCode", self.postal(next(t[2] for t in self.towns if t[1] == city))).set("city", city)
                n.children.append(venue)
                org = self.sub("o")
                net = self.rnd.choice(networks)[0]
                org.set("name", next(v for k, v in net.props if k == "title")).set("role", "Einladende")
                org.set("network", net.uuid)
                self.multi(n, "organisers", [org])
                n.set("registrationDeadline", Date(start - dt.timedelta(days=5)))
                n.set("registrationEmail", f"anmeldung@{slug(city)[:20].strip('-')}-gwa.de")
            if kind == "meeting":
                items = []
                hour = 10
                for k, top in enumerate(self.rnd.sample(AGENDA, 4)):
                    a = self.sub("a")
                    a.set("number", f"Top {k + 1}").set("kind", "item")
                    a.set("startTime", f"{hour:02d}:00").set("endTime", f"{hour + 1:02d}:00").set("title", top)
                    items.append(a)
                    hour += 1
                self.multi(n, "agendaItems", items)
            n.set("networks", [self.rnd.choice(networks)[0].uuid])
            n.set("projects", [p.uuid])
            out.append(n)
        return out


# ---------------------------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------------------------
def yq(text):
    return "'" + str(text).replace("'", "''") + "'"


def yaml_scalar(value):
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Date):
        return value.text
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return repr(value)
    return yq(value)


def yaml_node(node, indent, out):
    pad = "  " * indent
    out.append(f"{pad}{yq(node.name)}:\n")
    pad2 = pad + "  "
    out.append(f"{pad2}'jcr:primaryType': {yq(node.type)}\n{pad2}'jcr:uuid': {yq(node.uuid)}\n")
    for key, value in node.props:
        if isinstance(value, list):
            out.append(f"{pad2}{yq(key)}:\n")
            for v in value:
                out.append(f"{pad2}  - {yaml_scalar(v)}\n")
        else:
            out.append(f"{pad2}{yq(key)}: {yaml_scalar(value)}\n")
    for child in node.children:
        yaml_node(child, indent + 1, out)


def delivery_json(node, path):
    """The item as Magnolia's delivery endpoint v2 renders it (for stand-in bytes only)."""
    out = {"@name": node.name, "@path": path, "@id": node.uuid, "@nodeType": node.type}
    for key, value in node.props:
        if isinstance(value, list):
            out[key] = [v.text if isinstance(v, Date) else v for v in value]
        else:
            out[key] = value.text if isinstance(value, Date) else value
    for child in node.children:
        out[child.name] = delivery_json(child, f"{path}/{child.name}")
    out["@nodes"] = [c.name for c in node.children]
    return out


def count_nodes(node):
    return 1 + sum(count_nodes(c) for c in node.children)


def write_workspace(out_dir, workspace, groups, max_bytes, max_nodes):
    """Writes `<workspace>.teil-NNN.yaml` files of at most max_bytes characters and max_nodes JCR nodes;
    a new file starts with every group. Returns [(file name, node count, group index)] in order."""
    files, buf, size, nodes_in_file, part = [], [], 0, 0, 1
    group_of_next = 0

    def flush():
        nonlocal buf, size, nodes_in_file, part
        if buf:
            name = f"{workspace}.teil-{part:03d}.yaml"
            with open(os.path.join(out_dir, name), "w", encoding="utf-8") as f:
                f.write("".join(buf))
            files.append((name, nodes_in_file, group_of_next))
            buf, size, nodes_in_file, part = [], 0, 0, part + 1

    for index, group in enumerate(groups):
        flush()
        group_of_next = index
        for node in group:
            chunk = []
            yaml_node(node, 0, chunk)
            text = "".join(chunk)
            n = count_nodes(node)
            if buf and (size + len(text) > max_bytes or (max_nodes and nodes_in_file + n > max_nodes)):
                flush()
            buf.append(text)
            size += len(text)
            nodes_in_file += n
    flush()
    return files


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--items", type=int, required=True, help="total number of items over all workspaces")
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=4711)
    ap.add_argument("--max-file-mb", type=float, default=2.5,
                    help="largest file (the importer refuses YAML documents over 3 M characters)")
    ap.add_argument("--max-file-nodes", type=int, default=2500,
                    help="most JCR nodes (items + sub-nodes) per file, 0 = no limit; the harness imports "
                         "file by file, and one import's cost grows with the square of its node count")
    args = ap.parse_args()
    total = max(args.items, 50)
    n_net = max(8, total // 100)
    n_proj = int(total * 0.40)
    n_hours = int(total * 0.25)
    n_news = int(total * 0.25)
    n_wg = total - n_net - n_proj - n_hours - n_news
    gen = Generator(args.seed, total)
    networks = gen.networks(n_net)
    founding = min(n_proj, max(20, n_net * 2))
    projects = gen.projects(n_proj, networks, founding)
    # networks list some of the founding projects as members (references back to projects)
    by_city, by_state = {}, {}
    for p, state, city, _, _ in projects[:founding]:
        by_city.setdefault(city, []).append(p)
        by_state.setdefault(state, []).append(p)
    for net, state, city in networks:
        members = by_city.get(city) or by_state.get(state) or []
        if members:
            net.set("memberProjects", [m.uuid for m in gen.rnd.sample(members, min(len(members), gen.rnd.randint(1, 6)))])
    hours = gen.office_hours(n_hours, projects)
    groups = gen.working_groups(n_wg, networks)
    news = gen.news(n_news, networks, projects)

    os.makedirs(args.out, exist_ok=True)
    for old in os.listdir(args.out):
        if old.endswith(".yaml"):
            os.remove(os.path.join(args.out, old))
    max_bytes = int(args.max_file_mb * 1024 * 1024)
    workspaces = {"networks": [n for n, _, _ in networks], "projects": [p[0] for p in projects],
                  "officeHours": hours, "workingGroups": groups, "news": news}
    groups = {ws: [nodes] for ws, nodes in workspaces.items()}
    groups["projects"] = [workspaces["projects"][:founding], workspaces["projects"][founding:]]
    written = {ws: write_workspace(args.out, ws, groups[ws], max_bytes, args.max_file_nodes) for ws in workspaces}
    files = {ws: [f[0] for f in fl] for ws, fl in written.items()}
    # dependency order: founding projects, networks, other projects, then what refers to them
    founding_files = [f for f in written["projects"] if f[2] == 0]
    order = founding_files + written["networks"] + [f for f in written["projects"] if f[2] != 0] \
        + written["officeHours"] + written["workingGroups"] + written["news"]

    def count_by(rows, index):
        counts = {}
        for row in rows:
            counts[row[index]] = counts.get(row[index], 0) + 1
        return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))

    terms = sorted({o[0].split()[0] for o in OFFERS} | {"Nachbarschaft", "Beratung", "Senioren", "Quartier",
                                                          "Gemeinwesenarbeit", "Ehrenamt", "Stadtteilfest"}
                   | {t[1].split(" (")[0] for ts in TOWNS.values() for t in ts[:6]})
    manifest = {
        "generator_version": GENERATOR_VERSION, "seed": args.seed, "items": total,
        "counts": {ws: len(nodes) for ws, nodes in workspaces.items()},
        "files": files,
        "import_order": [{"file": f[0], "nodes": f[1]} for f in order],
        "nodes": sum(f[1] for f in order),
        "names": {ws: [n.name for n in nodes] for ws, nodes in workspaces.items()},
        "filters": {"projects": {"city": count_by(projects, 2), "federalState": count_by(projects, 1)}},
        "search_terms": terms,
        "samples": {ws: [delivery_json(n, "/" + n.name) for n in nodes[:60]] for ws, nodes in workspaces.items()},
    }
    with open(os.path.join(args.out, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, ensure_ascii=False)
    total_bytes = sum(os.path.getsize(os.path.join(args.out, n)) for fl in files.values() for n in fl)
    print(f"generated {total} items ({', '.join(f'{k} {v}' for k, v in manifest['counts'].items())}; "
          f"{manifest['nodes']} JCR nodes) in {len(order)} files, {total_bytes / 1e6:.1f} MB", file=sys.stderr)


if __name__ == "__main__":
    main()
