"""The catalogue of validation rules: what each rule checks, why, and how to fix it.

Every finding that ``prestatie validate`` reports carries one of the codes below.
``prestatie explain CODE`` prints the rule's texts in Dutch or English, and reporters
(SARIF, JSON, Markdown) take their rule descriptions from here, so this module is
the single source for rule codes, default severities and default parameters.

Severities are ``error``, ``warning`` and ``info``. A plan can change the severity
of any rule, switch it off, or set its parameters under ``rules:`` in
``prestatie.yaml``::

    rules:
      smart/no-owner: error                     # severity only
      smart/vague: off                          # switch the rule off
      cascade/unit: {exempt_levels: [project]}  # parameters
      ref/unknown-theme: {severity: error}      # the long form

A single item silences a rule for itself with ``ignore: [smart/vague]``.

Conventions for the texts:

- ``title`` is one line; ``checks`` and ``why`` are one paragraph each.
- ``fix`` may hold several paragraphs separated by blank lines. Lines indented by
  four spaces are a literal YAML example and are printed as written (they also
  render as a code block in Markdown).
- ``params`` are read-only defaults; sequences in them are tuples.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

__all__ = [
    "RULES",
    "SEVERITIES",
    "VAGUE_WORDS",
    "Rule",
    "Text",
    "families",
    "get",
]

SEVERITIES: tuple[str, ...] = ("error", "warning", "info")

# Families in the order a plan is checked: reading, structure, references, the
# cascade, then the content of each item. Families not listed sort after these.
_FAMILY_ORDER: tuple[str, ...] = (
    "file",
    "yaml",
    "schema",
    "ref",
    "cascade",
    "smart",
    "measure",
    "okr",
    "ogsm",
    "bsc",
    "balance",
    "people",
    "swot",
    "porter",
    "config",
)


@dataclass(frozen=True, slots=True)
class Text:
    """A user-facing text in English and Dutch."""

    en: str
    nl: str

    def get(self, lang: str) -> str:
        """Return the text in ``lang`` (``nl`` or ``en``); English for any other value."""
        return self.nl if lang == "nl" else self.en


@dataclass(frozen=True, slots=True)
class Rule:
    """One validation rule with its default severity and parameters."""

    code: str
    severity: str
    title: Text
    checks: Text
    why: Text
    fix: Text
    params: Mapping[str, object] = field(default_factory=dict, hash=False)

    def __post_init__(self) -> None:
        family, sep, name = self.code.partition("/")
        if not (family and sep and name):
            raise ValueError(f"rule code {self.code!r} is not of the form family/name")
        if self.severity not in SEVERITIES:
            raise ValueError(f"rule {self.code}: unknown severity {self.severity!r}")
        for text in (self.title.en, self.title.nl):
            if not text or "\n" in text:
                raise ValueError(f"rule {self.code}: title must be one non-empty line")
        # Freeze the defaults so that no caller can change them for everyone else.
        object.__setattr__(self, "params", MappingProxyType(dict(self.params)))

    @property
    def family(self) -> str:
        """The part of the code before the slash, e.g. ``cascade``."""
        return self.code.partition("/")[0]


def _doc(text: str) -> str:
    """Tidy a triple-quoted text written in the source.

    Prose lines are joined into one line per paragraph, so that the terminal can
    wrap them; lines indented by four spaces (YAML examples) and blank lines are
    kept as written.
    """
    lines = text.expandtabs().splitlines()
    indent = min((len(ln) - len(ln.lstrip()) for ln in lines if ln.strip()), default=0)
    out: list[str] = []
    prose: list[str] = []
    for raw in [*lines, ""]:
        line = raw[indent:]
        if line.strip() and not line.startswith("    "):
            prose.append(line.strip())
            continue
        if prose:
            out.append(" ".join(prose))
            prose = []
        out.append(line.rstrip())
    return "\n".join(out).strip("\n")


def _t(en: str, nl: str) -> Text:
    return Text(en=_doc(en), nl=_doc(nl))


_ALL: tuple[Rule, ...] = (
    # ------------------------------------------------------------------ file/
    Rule(
        code="file/unreadable",
        severity="error",
        title=_t("The file cannot be read", "Het bestand kan niet worden gelezen"),
        checks=_t(
            """
            Reports a plan file that cannot be opened or read at all, with the reason
            the operating system gives: no permission, a broken symbolic link, or a file
            that disappeared while the plan was being read. Also a file larger than
            10 MB (reported without reading it) and anything that is not a regular file:
            a pipe, a device, a folder that cannot be listed. The other plan files are
            still checked.
            """,
            """
            Meldt een planbestand dat helemaal niet te openen of te lezen is, met de
            reden die het besturingssysteem geeft: geen leesrechten, een verbroken
            symbolische koppeling, of een bestand dat verdween terwijl het plan werd
            ingelezen. Ook een bestand groter dan 10 MB (gemeld zonder het te lezen) en
            alles wat geen gewoon bestand is: een pipe, een apparaat, een map die niet te
            lezen is. De overige planbestanden worden gewoon gecontroleerd.
            """,
        ),
        why=_t(
            """
            A file that is skipped silently leaves a hole in the plan: its goals are
            missing from the cascade, the balance analysis and the reports, and nobody
            notices until the numbers do not add up.
            """,
            """
            Een bestand dat stilzwijgend wordt overgeslagen, laat een gat in het plan
            achter: de doelstellingen erin ontbreken in de cascade, de balansanalyse en
            de rapportage, en niemand merkt het tot de cijfers niet kloppen.
            """,
        ),
        fix=_t(
            """
            Check the file's permissions and that it still exists; repair or remove a
            broken link. A file that is not part of the plan can be left out in
            prestatie.yaml:

                exclude: ["archief/**"]
            """,
            """
            Controleer de rechten op het bestand en of het nog bestaat; herstel of
            verwijder een verbroken koppeling. Een bestand dat niet bij het plan hoort,
            sluit je uit in prestatie.yaml:

                exclude: ["archief/**"]
            """,
        ),
    ),
    # ------------------------------------------------------------------ yaml/
    Rule(
        code="yaml/syntax",
        severity="error",
        title=_t("The file is not valid YAML", "Het bestand is geen geldige YAML"),
        checks=_t(
            """
            The file is read with a safe YAML parser. When the parser stops, the finding
            gives the line and column where it stopped and what it expected there. The
            other plan files are still checked; the items in this file are missing from
            the plan until the error is fixed, which can cause follow-up findings
            elsewhere (ref/unknown-parent, for example).
            """,
            """
            Het bestand wordt ingelezen met een veilige YAML-parser. Loopt de parser
            vast, dan geeft de bevinding de regel en kolom waar dat gebeurde en wat daar
            werd verwacht. De overige planbestanden worden gewoon gecontroleerd; de
            onderdelen uit dit bestand ontbreken zolang de fout erin zit, wat elders tot
            vervolgmeldingen kan leiden (bijvoorbeeld ref/unknown-parent).
            """,
        ),
        why=_t(
            """
            A plan that cannot be read cannot be checked or reported on. Finding the
            error at its exact position in CI is quicker than discovering in the
            management meeting that half a department is missing from the handout.
            """,
            """
            Een plan dat niet te lezen is, valt niet te toetsen en niet te rapporteren.
            De fout op de exacte plek vinden in de CI-pijplijn is sneller dan in het
            MT-overleg ontdekken dat de helft van een afdeling in de hand-out ontbreekt.
            """,
        ),
        fix=_t(
            """
            Go to the line and column given. Common causes: a tab used for indentation,
            a colon inside an unquoted title, a quote or bracket that is never closed,
            or list items that are indented unevenly. Put text that contains a colon, or
            starts with a special character, in quotes:

                title: "Omzet zakelijke markt: groei naar 1,38 mln"
            """,
            """
            Ga naar de genoemde regel en kolom. Veelvoorkomende oorzaken: een tab als
            inspringing, een dubbele punt in een titel zonder aanhalingstekens, een
            aanhalingsteken of haakje dat niet wordt gesloten, of lijstitems die
            ongelijk inspringen. Zet tekst met een dubbele punt, of tekst die met een
            bijzonder teken begint, tussen aanhalingstekens:

                title: "Omzet zakelijke markt: groei naar 1,38 mln"
            """,
        ),
    ),
    Rule(
        code="yaml/duplicate-key",
        severity="error",
        title=_t(
            "A key occurs twice in the same mapping",
            "Een sleutel komt twee keer voor in dezelfde mapping",
        ),
        checks=_t(
            """
            Within one mapping (one goal, one measure, one settings block) every key may
            occur only once. Many YAML readers silently keep the last value; prestatie
            reports the second occurrence, names the line of the first and goes on with
            the first value.
            """,
            """
            Binnen één mapping (één doelstelling, één meetpunt, één blok instellingen)
            mag elke sleutel maar één keer voorkomen. Veel YAML-lezers houden
            stilzwijgend de laatste waarde aan; prestatie meldt de tweede, noemt de
            regel van de eerste en rekent verder met de eerste waarde.
            """,
        ),
        why=_t(
            """
            A duplicated key is almost always a copy-paste slip or a badly resolved
            merge conflict, such as two `target:` lines after a pull request. When one
            value is kept silently, the plan says something other than what the reviewer
            read and approved.
            """,
            """
            Een dubbele sleutel is bijna altijd een kopieerfout of een slecht opgelost
            mergeconflict, zoals twee regels `target:` na een pull request. Blijft er
            stilzwijgend één waarde over, dan zegt het plan iets anders dan wat de
            reviewer heeft gelezen en goedgekeurd.
            """,
        ),
        fix=_t(
            """
            Keep one of the two keys and delete the other; check which value is the one
            that was agreed.

                measures:
                  - id: omzet-b2b
                    baseline: 1200000
                    target: 1380000     # one target only
            """,
            """
            Houd één van beide sleutels over en verwijder de andere; ga na welke waarde
            de afgesproken waarde is.

                measures:
                  - id: omzet-b2b
                    baseline: 1200000
                    target: 1380000     # maar één target
            """,
        ),
    ),
    Rule(
        code="yaml/unknown-tag",
        severity="error",
        title=_t(
            "The file uses a YAML tag that prestatie does not accept",
            "Het bestand gebruikt een YAML-tag die prestatie niet accepteert",
        ),
        checks=_t(
            """
            Reports every tag that is not one of YAML's standard tags, such as
            `!!python/object/apply` or a home-made `!ref` or `!include`, with its
            position. The value is read as plain data; prestatie never constructs an
            object from a tag or acts on it.
            """,
            """
            Meldt elke tag die niet bij de standaardtags van YAML hoort, zoals
            `!!python/object/apply` of een zelfbedachte `!ref` of `!include`, met de
            plek waar hij staat. De waarde wordt als gewone gegevens gelezen; prestatie
            bouwt nooit een object op uit een tag en voert er niets mee uit.
            """,
        ),
        why=_t(
            """
            Tags that construct objects are the classic way to make a YAML file run code
            on the machine that reads it. Plan files live in a repository that many
            people can change, and CI validates every pull request, so safe loading is
            not optional.
            """,
            """
            Tags die objecten opbouwen zijn de klassieke manier om een YAML-bestand code
            te laten uitvoeren op de machine die het inleest. Planbestanden staan in een
            repository waarin veel mensen schrijven, en de CI-pijplijn valideert elke
            pull request; veilig inlezen is dus geen keuze maar een vereiste.
            """,
        ),
        fix=_t(
            """
            Remove the tag and write the value as plain YAML; a value in quotes is
            always text. There is no `!include` either: every YAML file below the plan
            root is read anyway, and goals in other files are linked by id.

                parent: SD-1           # not: parent: !ref SD-1
                id: "0142"             # quoted, so the leading zero stays
            """,
            """
            Haal de tag weg en schrijf de waarde als gewone YAML; een waarde tussen
            aanhalingstekens is altijd tekst. Een `!include` is ook niet nodig: elk
            YAML-bestand onder de hoofdmap van het plan wordt toch gelezen, en
            doelstellingen in andere bestanden koppel je via hun id.

                parent: SD-1           # niet: parent: !ref SD-1
                id: "0142"             # tussen aanhalingstekens, zodat de voorloopnul blijft
            """,
        ),
    ),
    Rule(
        code="yaml/alias",
        severity="error",
        title=_t(
            "An alias expands too far or refers to itself",
            "Een alias dijt te ver uit of verwijst naar zichzelf",
        ),
        checks=_t(
            """
            Anchors (`&name`) and aliases (`*name`) are allowed, but the loader counts
            the values they repeat and stops reading the document when the total passes
            a safe bound (10,000 repeated values). An alias that refers to the node it
            sits in, directly or through another alias, is reported as well.
            """,
            """
            Ankers (`&naam`) en aliassen (`*naam`) zijn toegestaan, maar de lader telt
            hoeveel waarden ze herhalen en stopt met het document zodra het totaal een
            veilige grens overschrijdt (10.000 herhaalde waarden). Een alias die
            verwijst naar het knooppunt waarin hij zelf staat, direct of via een andere
            alias, wordt ook gemeld.
            """,
        ),
        why=_t(
            """
            A few lines of nested aliases can expand to billions of values (the 'billion
            laughs' attack) and exhaust the memory of a CI runner or a colleague's
            laptop. A self-referring alias creates a structure without an end, which no
            report can print.
            """,
            """
            Een paar regels geneste aliassen kunnen uitdijen tot miljarden waarden (de
            'billion laughs'-aanval) en zo het geheugen van een CI-runner of de laptop
            van een collega opmaken. Een alias die naar zichzelf verwijst levert een
            structuur zonder einde op, die geen rapport kan afdrukken.
            """,
        ),
        fix=_t(
            """
            Write the values out, or share common values through the `defaults` of a
            `goals` document instead of anchors:

                kind: goals
                defaults: {level: department, parent: SD-1, unit: Verkoop, period: 2026}
                goals:
                  - {id: AD-VERKOOP-1, title: 40 nieuwe zakelijke klanten in Utrecht}
                  - {id: AD-VERKOOP-2, title: Herhaalorders zakelijk naar 70 %}
            """,
            """
            Schrijf de waarden uit, of deel gemeenschappelijke waarden via de `defaults`
            van een `goals`-document in plaats van met ankers:

                kind: goals
                defaults: {level: department, parent: SD-1, unit: Verkoop, period: 2026}
                goals:
                  - {id: AD-VERKOOP-1, title: 40 nieuwe zakelijke klanten in Utrecht}
                  - {id: AD-VERKOOP-2, title: Herhaalorders zakelijk naar 70 %}
            """,
        ),
    ),
    Rule(
        code="yaml/too-deep",
        severity="error",
        title=_t(
            "The structure is nested deeper than allowed",
            "De structuur is dieper genest dan toegestaan",
        ),
        checks=_t(
            """
            Counts how deeply mappings and lists are nested inside one document and
            reports the first place where the depth exceeds `max_depth` (100 levels);
            the rest of that document is not read. A real plan needs about ten levels at
            most.
            """,
            """
            Telt hoe diep mappings en lijsten binnen één document in elkaar zijn genest
            en meldt de eerste plek waar de diepte boven `max_depth` uitkomt (100
            niveaus); de rest van dat document wordt niet gelezen. Een echt plan heeft
            er hooguit een stuk of tien nodig.
            """,
        ),
        why=_t(
            """
            Nesting this deep never comes from a real performance plan; it comes from a
            generated or hostile file, and it can bring down software that reads YAML
            recursively. Stopping at a sensible depth keeps validation predictable for
            every file in the repository.
            """,
            """
            Zo diepe nesting komt nooit uit een echt prestatieplan, maar uit een
            gegenereerd of kwaadwillig bestand, en kan software die YAML recursief
            inleest laten vastlopen. Door bij een redelijke diepte te stoppen blijft de
            validatie voor elk bestand in de repository voorspelbaar.
            """,
        ),
        fix=_t(
            """
            Flatten the structure: link goals with `parent:` instead of nesting them
            inside each other, and give each goal its own list item or file. If a tool
            generated the file, fix the generator rather than the limit.

                kind: goal
                id: OD-BINNENDIENST-1
                parent: AD-VERKOOP-1     # a link, not a goal nested inside AD-VERKOOP-1
            """,
            """
            Maak de structuur platter: koppel doelstellingen met `parent:` in plaats van
            ze in elkaar te nesten, en geef elke doelstelling een eigen lijstitem of
            bestand. Komt het bestand uit een ander programma, pas dan dat programma aan
            en niet de grens.

                kind: goal
                id: OD-BINNENDIENST-1
                parent: AD-VERKOOP-1     # een verwijzing, niet genest in AD-VERKOOP-1
            """,
        ),
        params={"max_depth": 100},
    ),
    Rule(
        code="yaml/encoding",
        severity="error",
        title=_t(
            "The file is not UTF-8 or UTF-16 text",
            "Het bestand is geen UTF-8- of UTF-16-tekst",
        ),
        checks=_t(
            """
            Plan files must be encoded as UTF-8 (with or without a byte-order mark) or
            UTF-16. A file in another encoding, such as Windows-1252 from an older Excel
            export, or a binary file with a .yaml name, is reported with the position of
            the first byte that cannot be read.
            """,
            """
            Planbestanden moeten gecodeerd zijn als UTF-8 (met of zonder byte-order
            mark) of UTF-16. Een bestand in een andere codering, zoals Windows-1252 uit
            een oudere Excel-export, of een binair bestand met een .yaml-naam, wordt
            gemeld met de positie van de eerste byte die niet te lezen is.
            """,
        ),
        why=_t(
            """
            Titles and names in Dutch plans contain characters such as ë, é and €. In
            the wrong encoding they turn into garbage in reports, or change unnoticed
            when someone else saves the file. YAML itself allows only UTF-8 and UTF-16.
            """,
            """
            Titels en namen in Nederlandse plannen bevatten tekens als ë, é en €. In een
            verkeerde codering worden dat onleesbare tekens in rapporten, of veranderen
            ze ongemerkt als iemand anders het bestand opslaat. YAML zelf staat alleen
            UTF-8 en UTF-16 toe.
            """,
        ),
        fix=_t(
            """
            Save the file as UTF-8 in your editor (in VS Code: 'Save with Encoding',
            then UTF-8), or convert it on the command line:

                iconv -f WINDOWS-1252 -t UTF-8 doelen.yaml > doelen-utf8.yaml
            """,
            """
            Sla het bestand in de editor op als UTF-8 (in VS Code: 'Save with Encoding',
            dan UTF-8), of zet het om op de opdrachtregel:

                iconv -f WINDOWS-1252 -t UTF-8 doelen.yaml > doelen-utf8.yaml
            """,
        ),
    ),
    Rule(
        code="yaml/complex-key",
        severity="error",
        title=_t(
            "A mapping or list is used as a key",
            "Een mapping of lijst wordt als sleutel gebruikt",
        ),
        checks=_t(
            """
            Keys must be plain values: text, or a number used as an id. A key that is a
            mapping or a list, for example written with the explicit-key syntax `? [S1,
            O1]`, is reported.
            """,
            """
            Sleutels moeten enkelvoudige waarden zijn: tekst, of een getal als id. Een
            sleutel die een mapping of lijst is, bijvoorbeeld geschreven met de syntaxis
            `? [S1, O1]`, wordt gemeld.
            """,
        ),
        why=_t(
            """
            No part of the plan format uses composite keys, and most tools that handle
            the plan (JSON export, spreadsheets, editors) cannot represent them. Such a
            key is nearly always a typing mistake or a file that was not written for
            prestatie.
            """,
            """
            Geen enkel onderdeel van het planformaat gebruikt samengestelde sleutels, en
            de meeste programma's die het plan verwerken (JSON-export, spreadsheets,
            editors) kunnen ze niet weergeven. Zo'n sleutel is bijna altijd een tikfout
            of een bestand dat niet voor prestatie is geschreven.
            """,
        ),
        fix=_t(
            """
            Use a plain key. For pairs, as in the SWOT confrontation matrix, nest one
            mapping inside the other:

                confrontation:
                  S1: {O1: 2, T1: 1}
                  W1: {O1: -1}
            """,
            """
            Gebruik een gewone sleutel. Voor paren, zoals in de confrontatiematrix van
            de SWOT, zet je de ene mapping in de andere:

                confrontation:
                  S1: {O1: 2, T1: 1}
                  W1: {O1: -1}
            """,
        ),
    ),
    Rule(
        code="yaml/empty",
        severity="info",
        title=_t("The file or document is empty", "Het bestand of document is leeg"),
        checks=_t(
            """
            Reports a plan file that holds nothing, or only comments, and an empty
            document between two `---` separators. Nothing else is checked for it.
            """,
            """
            Meldt een planbestand zonder inhoud of met alleen commentaar, en een leeg
            document tussen twee `---`-scheidingstekens. Verder wordt er niets aan
            gecontroleerd.
            """,
        ),
        why=_t(
            """
            An empty file is usually left over from `prestatie new` or from a half-done
            split of a large file. It does no harm, which is why this is information
            only, but it clutters the repository and can hide that content was lost.
            """,
            """
            Een leeg bestand is meestal een restant van `prestatie new` of van een half
            afgemaakte opsplitsing van een groot bestand. Het kan geen kwaad, daarom is
            dit alleen informatie, maar het vervuilt de repository en kan verbergen dat
            er inhoud verloren is gegaan.
            """,
        ),
        fix=_t(
            """
            Delete the file, fill it in, or remove the stray `---`. To keep drafts in
            the plan folder on purpose, exclude them in prestatie.yaml:

                exclude: ["concept/**"]
            """,
            """
            Verwijder het bestand, vul het, of haal de overbodige `---` weg. Wil je
            concepten bewust in de planmap bewaren, sluit ze dan uit in prestatie.yaml:

                exclude: ["concept/**"]
            """,
        ),
    ),
    # ---------------------------------------------------------------- schema/
    Rule(
        code="schema/invalid",
        severity="error",
        title=_t(
            "The document does not match the schema for its kind",
            "Het document voldoet niet aan het schema voor zijn soort",
        ),
        checks=_t(
            """
            Every document is checked against the JSON Schema of its `kind` (see
            `prestatie schema`): required keys such as `id`, `level` and `title` on a
            goal, the type of every value, fixed values such as `level` and `direction`
            (Dutch aliases accepted), and the notation of dates (`2026-06-30`) and
            periods (`2026`, `2026-Q1`, `2026-03`, `{start, end}`). The finding points
            at the key or value that is wrong and says what was expected.
            """,
            """
            Elk document wordt getoetst aan het JSON Schema van zijn `kind` (zie
            `prestatie schema`): verplichte sleutels zoals `id`, `level` en `title` bij
            een doelstelling, het type van elke waarde, vaste waarden zoals `level` en
            `direction` (Nederlandse aliassen mogen), en de notatie van datums
            (`2026-06-30`) en perioden (`2026`, `2026-Q1`, `2026-03`, `{start, end}`).
            De bevinding wijst naar de sleutel of waarde die niet klopt en zegt wat er
            werd verwacht.
            """,
        ),
        why=_t(
            """
            Every other check, the reports and the balance analysis rely on a plan with
            a predictable structure. A target written as text ('1,38 mln') or a period
            such as 'Q1 2026' cannot be compared or rolled up, so it is better stopped
            at the door than reported wrongly in the management meeting.
            """,
            """
            Alle andere controles, de rapportages en de balansanalyse gaan uit van een
            plan met een voorspelbare opbouw. Een streefwaarde als tekst ('1,38 mln') of
            een periode als 'Q1 2026' valt niet te vergelijken of op te tellen; die houd
            je liever aan de poort tegen dan dat ze verkeerd in het MT-overleg belandt.
            """,
        ),
        fix=_t(
            """
            Correct the value at the position given. Write numbers without units,
            thousands separators or a decimal comma (`1_380_000` is allowed), and give
            the unit its own key:

                target: 1380000     # not: 1,38 mln
                unit: EUR
                baseline: 7.1       # not: 7,1
                period: 2026-Q1     # not: Q1 2026

            Editors that read the `# yaml-language-server: $schema=...` line in files
            made by `prestatie new` show these errors while you type.
            """,
            """
            Verbeter de waarde op de genoemde plek. Schrijf getallen zonder eenheid,
            zonder punten voor duizendtallen en met een decimale punt in plaats van een
            komma (`1_380_000` mag wel), en geef de eenheid een eigen sleutel:

                target: 1380000     # niet: 1,38 mln
                unit: EUR
                baseline: 7.1       # niet: 7,1
                period: 2026-Q1     # niet: Q1 2026

            Editors die de regel `# yaml-language-server: $schema=...` lezen in
            bestanden van `prestatie new`, tonen deze fouten al tijdens het typen.
            """,
        ),
    ),
    Rule(
        code="schema/unknown-key",
        severity="error",
        title=_t(
            "The document contains a key the format does not know",
            "Het document bevat een sleutel die het formaat niet kent",
        ),
        checks=_t(
            """
            Reports every key that is not part of the schema for that kind of document
            or object, with the closest known key as a suggestion ('did you mean
            `baseline`?'). Keys that start with `x-` are your own extensions and are
            always allowed.
            """,
            """
            Meldt elke sleutel die niet in het schema voor dat soort document of object
            staat, met de best passende bekende sleutel als suggestie ('bedoelde je
            `baseline`?'). Sleutels die met `x-` beginnen zijn eigen uitbreidingen en
            altijd toegestaan.
            """,
        ),
        why=_t(
            """
            A misspelt key is worse than a missing one: `basline: 40` passes review
            unnoticed, yet the measure has no baseline, so progress and the SMART checks
            quietly go wrong. Rejecting unknown keys makes every typo visible at once.
            """,
            """
            Een verkeerd gespelde sleutel is erger dan een ontbrekende: `basline: 40`
            valt bij een review niet op, maar het meetpunt heeft dan geen nulmeting,
            zodat de voortgang en de SMART-controles ongemerkt niet kloppen. Door
            onbekende sleutels af te wijzen valt elke tikfout meteen op.
            """,
        ),
        fix=_t(
            """
            Rename the key to the suggestion. Information of your own that prestatie
            should leave alone gets the prefix `x-`:

                baseline: 40          # was: basline
                x-budgetcode: 4410    # own field, ignored by prestatie
            """,
            """
            Hernoem de sleutel naar de suggestie. Eigen informatie waar prestatie niets
            mee moet doen, krijgt het voorvoegsel `x-`:

                baseline: 40          # was: basline
                x-budgetcode: 4410    # eigen veld, genegeerd door prestatie
            """,
        ),
    ),
    Rule(
        code="schema/unknown-kind",
        severity="error",
        title=_t(
            "The document has no kind or an unknown kind",
            "Het document heeft geen of een onbekende kind",
        ),
        checks=_t(
            """
            Every document must be a mapping with a `kind`: plan, mission, analysis,
            goal, goals, okr, ogsm, scorecard, person or reward-policy. A document
            without `kind`, with a value that is none of these (the closest is
            suggested), or that is not a mapping at all, is reported and not checked
            further.
            """,
            """
            Elk document moet een mapping zijn met een `kind`: plan, mission, analysis,
            goal, goals, okr, ogsm, scorecard, person of reward-policy. Een document
            zonder `kind`, met een waarde die geen van deze is (de best passende wordt
            voorgesteld), of dat helemaal geen mapping is, wordt gemeld en verder niet
            gecontroleerd.
            """,
        ),
        why=_t(
            """
            The kind decides which schema and rules apply and where the item appears in
            reports. Without it, prestatie cannot tell an objective from an appraisal,
            and the item would silently drop out of the plan.
            """,
            """
            De `kind` bepaalt welk schema en welke regels gelden en waar het onderdeel
            in de rapportage verschijnt. Zonder `kind` kan prestatie een doelstelling
            niet onderscheiden van een beoordeling, en zou het onderdeel ongemerkt uit
            het plan vallen.
            """,
        ),
        fix=_t(
            """
            Put the right `kind` at the top of the document:

                kind: goal
                id: SD-1

            A YAML file in the plan folder that does not belong to the plan (a
            docker-compose.yaml, say) can be left out with `exclude:` in prestatie.yaml.
            """,
            """
            Zet de juiste `kind` bovenaan het document:

                kind: goal
                id: SD-1

            Een YAML-bestand in de planmap dat niet bij het plan hoort (bijvoorbeeld een
            docker-compose.yaml) sluit je uit met `exclude:` in prestatie.yaml.
            """,
        ),
    ),
    # ------------------------------------------------------------------- ref/
    Rule(
        code="ref/unknown-parent",
        severity="error",
        title=_t(
            "The parent does not exist in the plan",
            "De bovenliggende doelstelling bestaat niet in het plan",
        ),
        checks=_t(
            """
            Looks up the `parent` of every goal (personal goals included), OKR and OGSM
            among all ids in the plan: `mission`, a goal, an OKR key result
            (`OKR-X/KR1`) or an OGSM strategy (`OGSM-2026/S2`). When nothing matches,
            the finding suggests the closest existing ids. `parent: mission` needs a
            `kind: mission` document in the plan.
            """,
            """
            Zoekt de `parent` van elke doelstelling (ook persoonlijke), OKR en OGSM op
            tussen alle ids in het plan: `mission`, een doelstelling, een key result van
            een OKR (`OKR-X/KR1`) of een strategie uit een OGSM (`OGSM-2026/S2`). Komt
            niets overeen, dan stelt de bevinding de best passende bestaande ids voor.
            Voor `parent: mission` moet het plan een document met `kind: mission`
            hebben.
            """,
        ),
        why=_t(
            """
            The parent link is the cascade: it is how a department objective shows which
            strategic objective it serves. A link that leads nowhere cuts the goal, and
            everything below it, off from the strategy. It usually means a goal was
            renamed or removed in another file.
            """,
            """
            De `parent`-verwijzing is de cascade: zo laat een afdelingsdoelstelling zien
            aan welke strategische doelstelling zij bijdraagt. Een verwijzing die
            nergens heen leidt, knipt de doelstelling en alles daaronder los van de
            strategie. Meestal is er in een ander bestand een doelstelling hernoemd of
            verwijderd.
            """,
        ),
        fix=_t(
            """
            Correct the id to an existing one (upper and lower case matter), or restore
            the goal that was removed:

                parent: SD-1          # was: SD1
            """,
            """
            Verbeter de id naar een bestaande (hoofdletters en kleine letters tellen),
            of zet de verwijderde doelstelling terug:

                parent: SD-1          # was: SD1
            """,
        ),
    ),
    Rule(
        code="ref/duplicate-id",
        severity="error",
        title=_t("The same id is used twice", "Dezelfde id wordt twee keer gebruikt"),
        checks=_t(
            """
            Every item that can be referred to must have an id that is unique in the
            whole plan, across all files. The finding names both places, with file and
            line. Items inside another item are known by their full name `PARENT/CHILD`,
            so `KR1` may occur in several OKRs.
            """,
            """
            Elk onderdeel waarnaar verwezen kan worden, moet een id hebben die uniek is
            in het hele plan, over alle bestanden heen. De bevinding noemt beide
            plekken, met bestand en regel. Onderdelen binnen een ander onderdeel heten
            voluit `OUDER/KIND`, zodat `KR1` in meerdere OKR's mag voorkomen.
            """,
        ),
        why=_t(
            """
            With two items under one id every reference to it is ambiguous: progress can
            roll up into the wrong objective and reports show the wrong title. It
            typically happens when one department's file is copied as the starting point
            for another.
            """,
            """
            Met twee onderdelen onder één id is elke verwijzing ernaar dubbelzinnig:
            voortgang kan in de verkeerde doelstelling worden opgeteld en rapporten
            tonen de verkeerde titel. Het gebeurt meestal als het bestand van de ene
            afdeling is gekopieerd als basis voor een andere.
            """,
        ),
        fix=_t(
            """
            Give one of the two a new id and update the references to it. A naming
            scheme per level and unit prevents clashes:

                id: AD-INKOOP-1       # was: AD-VERKOOP-1, copied from verkoop.yaml
            """,
            """
            Geef een van beide een nieuwe id en pas de verwijzingen ernaar aan. Een
            vaste naamgeving per niveau en afdeling voorkomt botsingen:

                id: AD-INKOOP-1       # was: AD-VERKOOP-1, gekopieerd uit verkoop.yaml
            """,
        ),
    ),
    Rule(
        code="ref/unknown-perspective",
        severity="error",
        title=_t(
            "The perspective is not one of the plan's perspectives",
            "Het perspectief hoort niet bij de perspectieven van het plan",
        ),
        checks=_t(
            """
            Compares the `perspective` of every goal with the plan's perspective set
            (`perspectives:` in prestatie.yaml; by default Kaplan and Norton's
            financial, customer, process and learning). Aliases such as `klant` or
            `financieel` are recognised. Unknown values are reported with the closest
            match.
            """,
            """
            Vergelijkt het `perspective` van elke doelstelling met de perspectieven van
            het plan (`perspectives:` in prestatie.yaml; standaard die van Kaplan en
            Norton: financial, customer, process en learning). Aliassen zoals `klant` of
            `financieel` worden herkend. Onbekende waarden worden gemeld met de best
            passende suggestie.
            """,
        ),
        why=_t(
            """
            The balance analysis counts objectives, measures and weight per perspective.
            An objective under an unknown perspective falls outside every share and bar,
            so the plan looks more one-sided, or more balanced, than it really is.
            """,
            """
            De balansanalyse telt doelstellingen, meetpunten en gewicht per perspectief.
            Een doelstelling onder een onbekend perspectief valt buiten elk aandeel en
            elke staaf, waardoor het plan eenzijdiger, of juist evenwichtiger, lijkt dan
            het is.
            """,
        ),
        fix=_t(
            """
            Use one of the plan's perspectives:

                perspective: customer      # or the Dutch alias: klant

            If the organisation really works with another perspective, such as societal
            results in the public sector, choose a built-in set that has it
            (`perspectives: nederlands` or `publieke-sector`) or define your own list
            under `perspectives:` in prestatie.yaml.
            """,
            """
            Gebruik een van de perspectieven van het plan:

                perspective: customer      # of de Nederlandse alias: klant

            Werkt de organisatie echt met een ander perspectief, zoals maatschappelijke
            prestaties in de publieke sector, kies dan een ingebouwde set die het heeft
            (`perspectives: nederlands` of `publieke-sector`) of leg een eigen lijst
            vast onder `perspectives:` in prestatie.yaml.
            """,
        ),
    ),
    Rule(
        code="ref/unknown-person",
        severity="error",
        title=_t(
            "The person id does not match any person file",
            "De persoons-id hoort bij geen enkel persoonsbestand",
        ),
        checks=_t(
            """
            Checks that ids pointing at employees, such as `manager` in a person file,
            belong to a `kind: person` document in the plan. Unknown ids are reported
            with the closest existing ids. Owners in free text, such as `owner:
            Directie`, are not checked.
            """,
            """
            Controleert of ids die naar medewerkers verwijzen, zoals `manager` in een
            persoonsbestand, horen bij een document met `kind: person` in het plan.
            Onbekende ids worden gemeld met de best passende bestaande ids. Eigenaren in
            vrije tekst, zoals `owner: Directie`, worden niet gecontroleerd.
            """,
        ),
        why=_t(
            """
            The manager link settles who holds the interim review
            (functioneringsgesprek) and the appraisal (beoordelingsgesprek), and in
            whose team an employee's goals are counted. A link that leads nowhere
            usually means a person file was renamed, pseudonymised or removed after
            someone left.
            """,
            """
            Via de leidinggevende ligt vast wie het functioneringsgesprek en het
            beoordelingsgesprek voert, en in wiens team de doelstellingen van een
            medewerker meetellen. Een verwijzing die nergens heen leidt, betekent
            meestal dat een persoonsbestand is hernoemd, gepseudonimiseerd of na
            uitdiensttreding verwijderd.
            """,
        ),
        fix=_t(
            """
            Use the id of the existing person file, or add the missing person:

                manager: p-0007
            """,
            """
            Gebruik de id van het bestaande persoonsbestand, of voeg de ontbrekende
            medewerker toe:

                manager: p-0007
            """,
        ),
    ),
    Rule(
        code="ref/unknown-theme",
        severity="warning",
        title=_t(
            "The theme is not one of the mission's themes",
            "Het thema komt niet voor bij de thema's van de missie",
        ),
        checks=_t(
            """
            Compares the `theme` of a goal with the `themes` listed in the mission
            document. An unknown theme id is reported with the closest existing one.
            """,
            """
            Vergelijkt het `theme` van een doelstelling met de `themes` in het
            missiedocument. Een onbekende thema-id wordt gemeld met de best passende
            bestaande.
            """,
        ),
        why=_t(
            """
            Themes group the strategic objectives under the few spearheads the mission
            names, and reports are arranged by them. A goal with an unknown theme falls
            outside that grouping. It is a warning, not an error, because themes are an
            optional layer on top of the cascade.
            """,
            """
            Thema's groeperen de strategische doelstellingen onder de paar speerpunten
            die de missie noemt, en de rapportage is erop ingedeeld. Een doelstelling
            met een onbekend thema valt buiten die indeling. Het is een waarschuwing en
            geen fout, omdat thema's een optionele laag boven op de cascade zijn.
            """,
        ),
        fix=_t(
            """
            Use an id from the mission's `themes`, or add the theme there:

                # mission
                themes:
                  - {id: T-ZAKELIJK, title: Zakelijke markt}
                # goal
                theme: T-ZAKELIJK
            """,
            """
            Gebruik een id uit de `themes` van de missie, of voeg het thema daar toe:

                # missie
                themes:
                  - {id: T-ZAKELIJK, title: Zakelijke markt}
                # doelstelling
                theme: T-ZAKELIJK
            """,
        ),
    ),
    # --------------------------------------------------------------- cascade/
    Rule(
        code="cascade/level",
        severity="error",
        title=_t(
            "The parent is not on the level directly above",
            "De bovenliggende doelstelling staat niet op het niveau direct erboven",
        ),
        checks=_t(
            """
            Compares the `level` of each goal with the level of its parent, following
            the plan's `levels`. Strategic goals derive from `mission`, department goals
            from strategic goals, operational goals from department goals, function and
            project goals from operational goals, and personal goals from function or
            project goals. When a level is left out of `levels`, the level above takes
            its place, so an organisation without departments links operational goals
            straight to strategic ones. A goal on a level that `levels` does not
            include, or whose parent is not an objective (a scorecard or a person, say),
            is reported as well.
            """,
            """
            Vergelijkt het `level` van elke doelstelling met het niveau van haar
            `parent`, volgens de `levels` van het plan. Strategische doelstellingen zijn
            afgeleid van `mission`, afdelingsdoelstellingen van strategische,
            operationele van afdelingsdoelstellingen, functie- en projectdoelstellingen
            van operationele, en persoonlijke doelstellingen van functie- of
            projectdoelstellingen. Staat een niveau niet in `levels`, dan neemt het
            niveau erboven die plaats in: een organisatie zonder afdelingslaag koppelt
            operationele doelstellingen direct aan strategische. Ook een doelstelling op
            een niveau dat niet in `levels` staat, of met een `parent` die geen
            doelstelling is (zoals een scorecard of een medewerker), wordt gemeld.
            """,
        ),
        why=_t(
            """
            The performance alignment model (prestatieafstemmingsmodel) derives every
            objective from the one directly above it, so that each manager translates
            the layer above into the work of their own unit. Skipping a level, such as a
            personal goal hung directly under a strategic objective, bypasses the
            manager who carries the department objective and blurs roll-up and
            accountability.
            """,
            """
            In het prestatieafstemmingsmodel wordt elke doelstelling afgeleid van de
            doelstelling direct erboven, zodat elke leidinggevende de laag boven zich
            vertaalt naar het werk van de eigen eenheid. Een niveau overslaan, zoals een
            persoonlijke doelstelling direct onder een strategische, passeert de
            leidinggevende die de afdelingsdoelstelling draagt en maakt optelling en
            verantwoordelijkheid onduidelijk.
            """,
        ),
        fix=_t(
            """
            Link the goal to a parent on the level directly above, or correct its own
            `level`:

                id: OD-BINNENDIENST-2
                level: operational
                parent: AD-VERKOOP-1     # a department goal, not SD-1

            If the organisation has no department tier, remove `department` from
            `levels` in prestatie.yaml.
            """,
            """
            Koppel de doelstelling aan een `parent` op het niveau direct erboven, of
            verbeter haar eigen `level`:

                id: OD-BINNENDIENST-2
                level: operational
                parent: AD-VERKOOP-1     # een afdelingsdoelstelling, niet SD-1

            Heeft de organisatie geen afdelingslaag, haal `department` dan uit `levels`
            in prestatie.yaml.
            """,
        ),
    ),
    Rule(
        code="cascade/cycle",
        severity="error",
        title=_t(
            "Goals derive from each other in a circle",
            "Doelstellingen zijn in een kring van elkaar afgeleid",
        ),
        checks=_t(
            """
            Follows the `parent` links and reports a chain that returns to where it
            started, such as A → B → A, naming every item in the circle. Links through
            OKR key results and OGSM strategies count as well.
            """,
            """
            Volgt de `parent`-verwijzingen en meldt een keten die terugkomt waar hij
            begon, zoals A → B → A, met alle onderdelen in de kring. Koppelingen via key
            results van OKR's en strategieën van OGSM's tellen ook mee.
            """,
        ),
        why=_t(
            """
            A cascade runs one way, from the mission down. In a circle no goal traces
            back to the mission, progress can never be rolled up, and it is unclear who
            derives their objective from whom.
            """,
            """
            Een cascade loopt in één richting: vanuit de missie naar beneden. In een
            kring leidt geen enkele doelstelling terug naar de missie, kan de voortgang
            nooit worden opgeteld, en is onduidelijk wie zijn doelstelling van wie
            afleidt.
            """,
        ),
        fix=_t(
            """
            Decide which goal is the higher one and point the other's `parent` upwards,
            towards the mission:

                id: AD-VERKOOP-1
                parent: SD-1      # not OD-BINNENDIENST-2, which derives from AD-VERKOOP-1
            """,
            """
            Bepaal welke doelstelling de hogere is en laat de `parent` van de andere
            naar boven wijzen, richting de missie:

                id: AD-VERKOOP-1
                parent: SD-1      # niet OD-BINNENDIENST-2, die van AD-VERKOOP-1 is afgeleid
            """,
        ),
    ),
    Rule(
        code="cascade/not-cascaded",
        severity="warning",
        title=_t("Nothing derives from this goal", "Van deze doelstelling is niets afgeleid"),
        checks=_t(
            """
            Reports a goal that nothing in the plan (no goal, OKR or OGSM) names as its
            `parent`, but only when the level below it is in use somewhere in the plan.
            A strategic goal is reported once the plan has department goals (or goals on
            the next level down, if `levels` leaves departments out); an operational
            goal once there are function or project goals. Goals on the lowest level in
            use are never reported.
            """,
            """
            Meldt een doelstelling die nergens in het plan (door geen doelstelling, OKR
            of OGSM) als `parent` wordt genoemd, maar alleen als het niveau eronder
            ergens in het plan wordt gebruikt. Een strategische doelstelling wordt dus
            gemeld zodra het plan afdelingsdoelstellingen heeft (of doelstellingen op
            het eerstvolgende niveau als `levels` de afdelingen overslaat); een
            operationele zodra er functie- of projectdoelstellingen zijn. Doelstellingen
            op het laagste gebruikte niveau worden nooit gemeld.
            """,
        ),
        why=_t(
            """
            A goal that is not translated to the level below remains an intention at the
            top: nobody further down has it among their objectives, so nobody is
            measured on it. The performance alignment model only works when every
            objective is carried by the layer beneath. When the level below is not
            modelled at all, the plan simply stops there and nothing is reported.
            """,
            """
            Een doelstelling die niet naar het niveau eronder is vertaald, blijft een
            voornemen aan de top: niemand lager in de organisatie heeft haar in zijn
            doelstellingen, dus niemand wordt erop aangesproken. Het
            prestatieafstemmingsmodel werkt alleen als elke doelstelling door de laag
            eronder wordt gedragen. Is het niveau eronder helemaal niet uitgewerkt, dan
            houdt het plan daar gewoon op en volgt er geen melding.
            """,
        ),
        fix=_t(
            """
            Derive at least one goal on the level below from it:

                id: AD-VERKOOP-2
                level: department
                parent: SD-1

            When the goal is deliberately carried on this level alone, silence the rule
            on that goal:

                ignore: [cascade/not-cascaded]
            """,
            """
            Leid er ten minste één doelstelling op het niveau eronder van af:

                id: AD-VERKOOP-2
                level: department
                parent: SD-1

            Wordt de doelstelling bewust alleen op dit niveau gedragen, zet de regel dan
            voor die doelstelling uit:

                ignore: [cascade/not-cascaded]
            """,
        ),
    ),
    Rule(
        code="cascade/period",
        severity="warning",
        title=_t(
            "The period lies outside the parent's period",
            "De periode valt buiten die van de bovenliggende doelstelling",
        ),
        checks=_t(
            """
            Compares the period of each goal (its own `period`, or the one inherited
            from the `defaults` of a `goals` document or from prestatie.yaml) with the
            period of its parent. A child that starts before or ends after its parent's
            period is reported. Years, quarters (`2026-Q1`), months (`2026-03`) and
            `{start, end}` are compared as date ranges.
            """,
            """
            Vergelijkt de periode van elke doelstelling (de eigen `period`, of die uit
            de `defaults` van een `goals`-document of uit prestatie.yaml) met de periode
            van de `parent`. Begint de doelstelling eerder of eindigt zij later dan de
            bovenliggende periode, dan volgt een melding. Jaren, kwartalen (`2026-Q1`),
            maanden (`2026-03`) en `{start, end}` worden vergeleken als datumbereik.
            """,
        ),
        why=_t(
            """
            A department objective for 2027 cannot contribute to a strategic objective
            that ends in 2026: by the time it is achieved, the parent has already been
            evaluated. Mismatched periods typically appear when a plan is rolled over to
            a new year and only some of the files are updated.
            """,
            """
            Een afdelingsdoelstelling voor 2027 kan niet bijdragen aan een strategische
            doelstelling die in 2026 afloopt: tegen de tijd dat zij gehaald is, is de
            bovenliggende doelstelling al geëvalueerd. Scheve perioden duiken vaak op
            als een plan naar een nieuw jaar wordt doorgezet en maar een deel van de
            bestanden is bijgewerkt.
            """,
        ),
        fix=_t(
            """
            Bring the period within the parent's, or link the goal to the parent for the
            right period:

                parent: SD-1          # SD-1 has period: 2026
                period: 2026-Q2       # was: 2027-Q1
            """,
            """
            Breng de periode binnen die van de `parent`, of koppel de doelstelling aan
            de bovenliggende doelstelling voor de juiste periode:

                parent: SD-1          # SD-1 heeft period: 2026
                period: 2026-Q2       # was: 2027-Q1
            """,
        ),
    ),
    Rule(
        code="cascade/unit",
        severity="warning",
        title=_t(
            "The goal's unit does not follow its parent's unit",
            "De afdeling van de doelstelling sluit niet aan op die van de bovenliggende",
        ),
        checks=_t(
            """
            Department goals must name their unit (`unit: Verkoop`). A goal below them
            that names a unit stays in its parent's unit or in one of its sub-units,
            written with a slash (`Verkoop/Binnendienst`); a goal without `unit` counts
            as part of its parent's unit. When prestatie.yaml lists `units:`, every unit
            named must be one of them or a sub-unit of one. Levels in `exempt_levels`
            are not checked; by default that is `project`, because projects often cut
            across departments.
            """,
            """
            Afdelingsdoelstellingen moeten hun afdeling noemen (`unit: Verkoop`). Een
            doelstelling daaronder die een afdeling noemt, blijft in de afdeling van
            haar `parent` of in een onderdeel ervan, geschreven met een schuine streep
            (`Verkoop/Binnendienst`); een doelstelling zonder `unit` hoort bij de
            afdeling van haar `parent`. Staat er in prestatie.yaml een lijst `units:`,
            dan moet elke genoemde afdeling daarop staan of een onderdeel ervan zijn.
            Niveaus in `exempt_levels` worden niet gecontroleerd; standaard is dat
            `project`, omdat projecten vaak afdelingsoverstijgend zijn.
            """,
        ),
        why=_t(
            """
            The department line is the backbone of accountability: the head of a
            department answers for its objectives, and everything derived from them
            belongs to that department's teams. When a goal drifts into another unit,
            its owner does not report to the manager who is held to the parent, and
            nobody steers it.
            """,
            """
            De lijn door de afdeling is de ruggengraat van de verantwoording: het hoofd
            van een afdeling staat voor haar doelstellingen in, en alles wat daarvan is
            afgeleid, hoort bij de teams van die afdeling. Belandt een doelstelling in
            een andere afdeling, dan valt de eigenaar niet onder de leidinggevende die
            op de bovenliggende doelstelling wordt aangesproken, en stuurt niemand erop.
            """,
        ),
        fix=_t(
            """
            Give the department goal its unit and keep the goals below it in that unit
            or a sub-unit:

                id: OD-BINNENDIENST-1
                level: operational
                parent: AD-VERKOOP-1       # unit: Verkoop
                unit: Verkoop/Binnendienst

            To exempt more levels, for example function goals in a matrix organisation:

                rules:
                  cascade/unit: {exempt_levels: [project, function]}
            """,
            """
            Geef de afdelingsdoelstelling haar afdeling en houd de doelstellingen
            daaronder in die afdeling of een onderdeel ervan:

                id: OD-BINNENDIENST-1
                level: operational
                parent: AD-VERKOOP-1       # unit: Verkoop
                unit: Verkoop/Binnendienst

            Om meer niveaus uit te zonderen, bijvoorbeeld functiedoelstellingen in een
            matrixorganisatie:

                rules:
                  cascade/unit: {exempt_levels: [project, function]}
            """,
        ),
        params={"exempt_levels": ("project",)},
    ),
    Rule(
        code="cascade/line-of-sight",
        severity="error",
        title=_t(
            "The goal does not trace back to the mission",
            "De doelstelling leidt niet terug naar de missie",
        ),
        checks=_t(
            """
            Every goal must name the goal it derives from; a goal without `parent` is
            reported. For personal goals the whole chain is followed upwards, and a
            personal goal is reported when its chain stops short of `mission`: at a goal
            higher up without `parent`, at an unknown id or in a circle. The break
            itself is also reported where it occurs, by this rule, ref/unknown-parent or
            cascade/cycle.
            """,
            """
            Elke doelstelling moet noemen van welke doelstelling zij is afgeleid; een
            doelstelling zonder `parent` wordt gemeld. Bij persoonlijke doelstellingen
            wordt de hele keten naar boven gevolgd, en volgt een melding als die keten
            ophoudt voordat hij bij `mission` is: bij een hogere doelstelling zonder
            `parent`, bij een onbekende id of in een kring. De breuk zelf wordt ook
            gemeld waar hij zit, door deze regel, ref/unknown-parent of cascade/cycle.
            """,
        ),
        why=_t(
            """
            Line of sight is the point of the performance alignment model: every
            employee can see how their own objectives contribute to the mission and
            strategy. A goal without that link takes time and attention without serving
            the strategy, and cannot be explained in an appraisal.
            """,
            """
            De zichtlijn (line of sight) is de kern van het prestatieafstemmingsmodel:
            elke medewerker ziet hoe de eigen doelstellingen bijdragen aan missie en
            strategie. Een doelstelling zonder die verbinding kost tijd en aandacht
            zonder de strategie te dienen, en is in een beoordelingsgesprek niet uit te
            leggen.
            """,
        ),
        fix=_t(
            """
            Give the goal, or the first ancestor without a link, a `parent` on the level
            above; strategic goals derive from the mission:

                id: SD-4
                level: strategic
                parent: mission
            """,
            """
            Geef de doelstelling, of de eerste bovenliggende doelstelling zonder
            verwijzing, een `parent` op het niveau erboven; strategische doelstellingen
            zijn afgeleid van de missie:

                id: SD-4
                level: strategic
                parent: mission
            """,
        ),
    ),
    # ----------------------------------------------------------------- smart/
    Rule(
        code="smart/no-measure",
        severity="warning",
        title=_t("The goal has no measure", "De doelstelling heeft geen meetpunt"),
        checks=_t(
            """
            Reports a goal, personal goals included, whose `measures` list is missing or
            empty. Key results of OKRs and measures in an OGSM fall under the okr/ and
            ogsm/ rules.
            """,
            """
            Meldt een doelstelling, ook een persoonlijke, zonder of met een lege lijst
            `measures`. Key results van OKR's en meetpunten in een OGSM vallen onder de
            regels van okr/ en ogsm/.
            """,
        ),
        why=_t(
            """
            Without a measure (performance indicator) nobody can establish at the end of
            the period whether the goal was achieved: the M of SMART is missing. Reports
            cannot show progress, and the goal contributes nothing to the roll-up into
            its parent.
            """,
            """
            Zonder meetpunt (prestatie-indicator) kan aan het eind van de periode
            niemand vaststellen of de doelstelling is gehaald: de M van SMART ontbreekt.
            Rapporten kunnen geen voortgang tonen, en de doelstelling telt niet mee in
            de optelling naar de bovenliggende doelstelling.
            """,
        ),
        fix=_t(
            """
            Add at least one measure with unit, baseline, target and direction:

                measures:
                  - id: klanttevredenheid
                    name: Klanttevredenheid zakelijke klanten
                    unit: score
                    baseline: 7.1
                    target: 7.8
                    direction: increase
            """,
            """
            Voeg ten minste één meetpunt toe, met eenheid, nulmeting, streefwaarde en
            richting:

                measures:
                  - id: klanttevredenheid
                    name: Klanttevredenheid zakelijke klanten
                    unit: rapportcijfer
                    baseline: 7.1
                    target: 7.8
                    direction: increase    # of: verhogen
            """,
        ),
    ),
    Rule(
        code="smart/no-target",
        severity="warning",
        title=_t("The measure has no target", "Het meetpunt heeft geen streefwaarde"),
        checks=_t(
            """
            Reports a measure without a numeric `target`. A measure with `direction:
            range` needs its band in `min` and `max` instead. Measures with `direction:
            milestone` (done or not done) are not checked here.
            """,
            """
            Meldt een meetpunt zonder numerieke `target`. Bij `direction: range` hoort
            in plaats daarvan een bandbreedte in `min` en `max`. Meetpunten met
            `direction: milestone` (wel of niet gereed) vallen buiten deze controle.
            """,
        ),
        why=_t(
            """
            A measure without a target only observes; it does not say what counts as
            success. Progress, the traffic-light status and the check that the target is
            ambitious (beyond the baseline) all need one.
            """,
            """
            Een meetpunt zonder streefwaarde stelt alleen vast; het zegt niet wat als
            succes telt. De voortgang, de stoplichtkleur en de toets of de streefwaarde
            ambitieus is (voorbij de nulmeting) hebben er allemaal een nodig.
            """,
        ),
        fix=_t(
            """
            Add the agreed target in the measure's unit:

                - id: levertijd
                  unit: days
                  baseline: 5
                  target: 3
                  direction: decrease
            """,
            """
            Vul de afgesproken streefwaarde in, in de eenheid van het meetpunt:

                - id: levertijd
                  unit: dagen
                  baseline: 5
                  target: 3
                  direction: decrease      # of: verlagen
            """,
        ),
    ),
    Rule(
        code="smart/target-direction",
        severity="warning",
        title=_t(
            "The target is on the wrong side of the baseline",
            "De streefwaarde ligt aan de verkeerde kant van de nulmeting",
        ),
        checks=_t(
            """
            For a measure with both `baseline` and `target`, checks that the target lies
            beyond the baseline in the measure's `direction`: above it for `increase`,
            below it for `decrease`. A target equal to the baseline is reported as
            measure/zero-range instead.
            """,
            """
            Controleert bij een meetpunt met zowel `baseline` als `target` of de
            streefwaarde voorbij de nulmeting ligt in de richting van het meetpunt:
            erboven bij `increase`, eronder bij `decrease`. Een streefwaarde die gelijk
            is aan de nulmeting wordt gemeld als measure/zero-range.
            """,
        ),
        why=_t(
            """
            A target behind the baseline turns the goal upside down: an 'increase' from
            7.1 to 6.5 counts a decline as progress, and reports show green for the
            wrong result. Usually baseline and target were swapped, or `direction` was
            not changed for a cost, lead-time or absence measure.
            """,
            """
            Een streefwaarde achter de nulmeting zet de doelstelling op zijn kop: een
            'verhoging' van 7,1 naar 6,5 telt een daling als voortgang, en rapporten
            kleuren groen bij het verkeerde resultaat. Meestal zijn nulmeting en
            streefwaarde verwisseld, of is `direction` niet aangepast bij een indicator
            voor kosten, doorlooptijd of verzuim.
            """,
        ),
        fix=_t(
            """
            Swap baseline and target, or correct the direction:

                name: Absenteeism
                unit: "%"
                baseline: 6.2
                target: 4.5
                direction: decrease     # was: increase
            """,
            """
            Verwissel nulmeting en streefwaarde, of verbeter de richting:

                name: Ziekteverzuim
                unit: "%"
                baseline: 6.2
                target: 4.5
                direction: decrease     # was: increase
            """,
        ),
    ),
    Rule(
        code="smart/no-owner",
        severity="warning",
        title=_t("The goal has no owner", "De doelstelling heeft geen eigenaar"),
        checks=_t(
            """
            Reports a goal without `owner`, after the `defaults` of a `goals` document
            have been applied. Personal goals in a person file belong to that person and
            are not reported.
            """,
            """
            Meldt een doelstelling zonder `owner`, nadat de `defaults` van een
            `goals`-document zijn toegepast. Persoonlijke doelstellingen in een
            persoonsbestand zijn van die medewerker en worden niet gemeld.
            """,
        ),
        why=_t(
            """
            A goal that belongs to nobody is pursued by nobody: it is not assignable,
            the A of SMART. Performance reviews need a person or role to hold to
            account, and reports use it to show who answers for the result.
            """,
            """
            Een doelstelling die van niemand is, wordt door niemand nagestreefd: zij is
            niet toe te wijzen (de A van SMART, in het Engels 'assignable'). Het gesprek
            over prestaties heeft een persoon of rol nodig om op aan te spreken, en
            rapporten tonen daarmee wie voor het resultaat instaat.
            """,
        ),
        fix=_t(
            """
            Name the role or person who is accountable; a role outlasts staff changes
            better than a name:

                owner: Hoofd verkoop
            """,
            """
            Noem de rol of persoon die verantwoordelijk is; een rol overleeft
            personeelswisselingen beter dan een naam:

                owner: Hoofd verkoop
            """,
        ),
    ),
    Rule(
        code="smart/no-period",
        severity="warning",
        title=_t(
            "The goal has no period",
            "De doelstelling heeft geen periode",
        ),
        checks=_t(
            """
            Reports a goal that has no `period` of its own and inherits none from the
            `defaults` of a `goals` document or from the plan's `period` in
            prestatie.yaml.
            """,
            """
            Meldt een doelstelling zonder eigen `period`, die ook geen periode erft uit
            de `defaults` van een `goals`-document of uit de `period` van het plan in
            prestatie.yaml.
            """,
        ),
        why=_t(
            """
            The T of SMART: without a time frame a goal can never be late, so it never
            makes the agenda. The period also drives the 'behind plan' status, which
            compares progress with the time that has passed.
            """,
            """
            De T van SMART (tijdgebonden): zonder termijn is een doelstelling nooit te
            laat en komt zij dus nooit op de agenda. De periode bepaalt ook de status
            'achter op schema', die de voortgang vergelijkt met de verstreken tijd.
            """,
        ),
        fix=_t(
            """
            Set the period on the goal, or once for many goals in the `defaults` of a
            `goals` document or as `period:` in prestatie.yaml:

                period: 2026-Q3     # or 2026, 2026-09, {start: 2026-02-01, end: 2026-09-30}
            """,
            """
            Geef de doelstelling een periode, of stel die in één keer in voor veel
            doelstellingen, in de `defaults` van een `goals`-document of als `period:`
            in prestatie.yaml:

                period: 2026-Q3     # of 2026, 2026-09, {start: 2026-02-01, end: 2026-09-30}
            """,
        ),
    ),
    Rule(
        code="smart/due-period",
        severity="warning",
        title=_t(
            "The due date lies outside the goal's period",
            "De einddatum valt buiten de periode van de doelstelling",
        ),
        checks=_t(
            """
            Reports a measure whose `due` date falls before the start or after the end
            of its goal's period (the goal's own period or the inherited one).
            """,
            """
            Meldt een meetpunt waarvan de `due`-datum vóór het begin of na het einde van
            de periode van de doelstelling valt (de eigen periode van de doelstelling of
            de geërfde).
            """,
        ),
        why=_t(
            """
            A due date outside the period means the result will be judged in a different
            cycle from the goal itself, or was due before the goal even started. It
            usually points to a date that was not updated when the plan moved to a new
            period, or to a typo in the year.
            """,
            """
            Een einddatum buiten de periode betekent dat het resultaat in een andere
            cyclus wordt beoordeeld dan de doelstelling zelf, of al verliep voordat de
            doelstelling begon. Meestal is een datum niet bijgewerkt toen het plan naar
            een nieuwe periode ging, of staat er een tikfout in het jaartal.
            """,
        ),
        fix=_t(
            """
            Move the due date into the period, or widen the period when the work really
            takes longer:

                period: 2026
                measures:
                  - id: crm-live
                    direction: milestone
                    target: true
                    due: 2026-09-30     # was: 2025-09-30
            """,
            """
            Zet de einddatum binnen de periode, of verruim de periode als het werk echt
            langer duurt:

                period: 2026
                measures:
                  - id: crm-live
                    direction: milestone
                    target: true
                    due: 2026-09-30     # was: 2025-09-30
            """,
        ),
    ),
    Rule(
        code="smart/vague",
        severity="warning",
        title=_t(
            "The title uses a vague verb and no number",
            "De titel bevat een vaag werkwoord en geen getal",
        ),
        checks=_t(
            """
            Reports a goal whose `title` contains a word from the lists of vague verbs
            (Dutch and English, such as verbeteren, optimaliseren, versterken, improve,
            enhance, optimise) and no number at all. Words are matched whole, regardless
            of case, including common inflections (verbetert, improved). A title with a
            number, such as 'Levertijd verbeteren van 5 naar 3 dagen', passes.
            """,
            """
            Meldt een doelstelling waarvan de `title` een woord bevat uit de lijsten met
            vage werkwoorden (Nederlands en Engels, zoals verbeteren, optimaliseren,
            versterken, improve, enhance, optimise) en geen enkel getal. Alleen hele
            woorden tellen, ook gangbare vervoegingen (verbetert, improved);
            hoofdletters maken niet uit. Een titel met een getal, zoals 'Levertijd
            verbeteren van 5 naar 3 dagen', komt er wel door.
            """,
        ),
        why=_t(
            """
            The S of SMART: 'Improve customer satisfaction' sounds like a goal, but any
            change counts as success and nobody can be held to it. Stating how much in
            the title makes the ambition visible wherever the goal appears: in the tree,
            in the report and in the appraisal.
            """,
            """
            De S van SMART (specifiek): 'Klanttevredenheid verbeteren' klinkt als een
            doel, maar elke verandering telt dan als succes en niemand is erop aan te
            spreken. Door in de titel te zetten hoeveel, is de ambitie zichtbaar overal
            waar de doelstelling verschijnt: in de boom, in het rapport en in het
            beoordelingsgesprek.
            """,
        ),
        fix=_t(
            """
            Put the ambition in the title, with the number from the measure:

                title: Klanttevredenheid zakelijke klanten van 7,1 naar 7,8
                # was: Klanttevredenheid verbeteren

            When a goal is worded qualitatively on purpose and its measures carry the
            numbers, silence the rule on that goal:

                ignore: [smart/vague]
            """,
            """
            Zet de ambitie in de titel, met het getal uit het meetpunt:

                title: Klanttevredenheid zakelijke klanten van 7,1 naar 7,8
                # was: Klanttevredenheid verbeteren

            Is een doelstelling bewust kwalitatief geformuleerd en staan de getallen in
            de meetpunten, zet de regel dan voor die doelstelling uit:

                ignore: [smart/vague]
            """,
        ),
    ),
    # --------------------------------------------------------------- measure/
    Rule(
        code="measure/checkin-order",
        severity="warning",
        title=_t(
            "Check-ins are not in date order",
            "De metingen staan niet op datumvolgorde",
        ),
        checks=_t(
            """
            Reports a check-in whose `date` lies before the date of a check-in listed
            above it in the same measure's `checkins`.
            """,
            """
            Meldt een meting in `checkins` waarvan de `date` vóór de datum ligt van een
            meting die erboven staat in hetzelfde meetpunt.
            """,
        ),
        why=_t(
            """
            The latest check-in is the measure's actual value when `actual` is not
            given. A list out of order is easy to misread in a review, and a check-in
            added in the wrong place often means a typing error in its date.
            """,
            """
            Zonder `actual` is de laatste meting de actuele waarde van het meetpunt.
            Een lijst die niet op volgorde staat leest in een voortgangsgesprek snel
            verkeerd, en een meting op de verkeerde plek wijst vaak op een tikfout in
            de datum.
            """,
        ),
        fix=_t(
            """
            List check-ins from old to new and check the dates:

                checkins:
                  - {date: 2026-03-31, value: 1250000}
                  - {date: 2026-06-30, value: 1310000}
            """,
            """
            Zet de metingen van oud naar nieuw en controleer de datums:

                checkins:
                  - {date: 2026-03-31, value: 1250000}
                  - {date: 2026-06-30, value: 1310000}
            """,
        ),
    ),
    Rule(
        code="measure/checkin-period",
        severity="warning",
        title=_t(
            "A check-in lies outside the goal's period",
            "Een meting valt buiten de periode van de doelstelling",
        ),
        checks=_t(
            """
            Reports a check-in whose `date` lies outside the period of the goal that
            holds the measure (its own `period`, its `defaults:` or the plan's period).
            """,
            """
            Meldt een meting waarvan de `date` buiten de periode valt van de
            doelstelling waar het meetpunt bij hoort (haar eigen `period`, die uit
            `defaults:` of die van het plan).
            """,
        ),
        why=_t(
            """
            Progress is measured within the period the goal is agreed for. A value from
            another period says nothing about this goal's result and distorts its
            progress and status.
            """,
            """
            Voortgang wordt gemeten binnen de periode waarvoor de doelstelling is
            afgesproken. Een waarde uit een andere periode zegt niets over het resultaat
            van deze doelstelling en vertekent voortgang en status.
            """,
        ),
        fix=_t(
            """
            Correct the date, or move a baseline measured before the period to
            `baseline:`.
            """,
            """
            Corrigeer de datum, of zet een waarde die vóór de periode is gemeten als
            `baseline:`.
            """,
        ),
    ),
    Rule(
        code="measure/zero-range",
        severity="warning",
        title=_t(
            "The target equals the baseline",
            "De streefwaarde is gelijk aan de nulmeting",
        ),
        checks=_t(
            """
            Reports a measure that is not a range or milestone and whose `target` equals
            its `baseline`. Progress is computed as (actual - baseline) / (target -
            baseline), which is undefined when the two are equal.
            """,
            """
            Meldt een meetpunt dat geen bandbreedte of mijlpaal is en waarvan `target`
            gelijk is aan `baseline`. De voortgang wordt berekend als (actueel -
            nulmeting) / (streefwaarde - nulmeting), en die is niet gedefinieerd als
            beide gelijk zijn.
            """,
        ),
        why=_t(
            """
            With no distance between baseline and target the measure cannot show
            progress or a traffic-light status, and it drops out of the weighted
            roll-up. Often the real aim is to hold a level ('absence stays at 4 %'),
            which is a range, not an increase or a decrease.
            """,
            """
            Zonder afstand tussen nulmeting en streefwaarde kan het meetpunt geen
            voortgang of stoplichtkleur tonen, en valt het uit de gewogen optelling.
            Vaak is het eigenlijke doel een niveau vasthouden ('verzuim blijft op 4 %'):
            dat is een bandbreedte, geen verhoging of verlaging.
            """,
        ),
        fix=_t(
            """
            To hold a level, use a range with a band; otherwise set the real target:

                baseline: 4.0
                direction: range
                min: 3.5
                max: 4.5
            """,
            """
            Wil je een niveau vasthouden, gebruik dan een bandbreedte; stel anders de
            echte streefwaarde in:

                baseline: 4.0
                direction: range       # of: bandbreedte
                min: 3.5
                max: 4.5
            """,
        ),
    ),
    # ------------------------------------------------------------------- okr/
    Rule(
        code="okr/key-result-count",
        severity="warning",
        title=_t(
            "The OKR has too few or too many key results",
            "De OKR heeft te weinig of te veel kernresultaten",
        ),
        checks=_t(
            """
            Counts the key results under `key_results` of each OKR and reports an OKR
            with fewer than `min` (default 2) or more than `max` (default 5), at the
            `key_results` key. Both bounds are inclusive: two or five key results is
            fine.
            """,
            """
            Telt de kernresultaten (key results) onder `key_results` van elke OKR en
            meldt een OKR met minder dan `min` (standaard 2) of meer dan `max`
            (standaard 5), bij de sleutel `key_results`. Beide grenzen tellen zelf nog
            mee: twee of vijf kernresultaten is in orde.
            """,
        ),
        why=_t(
            """
            An objective is proven by a few key results that together show it has been
            reached: two to five, and three to five in most handbooks. A single key
            result measures one aspect only, and the OKR is then really one indicator
            with an inspiring title. More than five spreads the team's attention, and
            the extra key results are often tasks or side issues.
            """,
            """
            Een doelstelling wordt bewezen door een paar kernresultaten die samen laten
            zien dat zij gehaald is: twee tot vijf, en in de meeste handboeken drie tot
            vijf. Eén kernresultaat meet maar één kant van de zaak; de OKR is dan in
            feite één indicator met een inspirerende titel. Meer dan vijf versnippert
            de aandacht van het team, en de extra kernresultaten zijn vaak taken of
            bijzaken.
            """,
        ),
        fix=_t(
            """
            With too few, ask how else you would notice that the objective is reached
            and add that as a key result. With too many, keep the ones that matter most,
            move tasks to `initiatives:` and give a separate theme its own OKR:

                objective: Become the regular bakery for offices in Utrecht
                key_results:
                  - {id: KR1, text: New business customers, baseline: 0, target: 40}
                  - {id: KR2, text: Repeat orders per month, baseline: 60, target: 150}
                  - {id: KR3, text: Customer satisfaction offices, baseline: 7.1, target: 8}

            To follow the stricter range of most handbooks:

                rules:
                  okr/key-result-count: {min: 3, max: 5}
            """,
            """
            Bij te weinig: vraag je af waaraan je nog meer zou merken dat de
            doelstelling gehaald is, en neem dat op als kernresultaat. Bij te veel:
            houd de belangrijkste, verplaats taken naar `initiatives:` en geef een
            apart thema een eigen OKR:

                objective: Word de vaste bakker van kantoren in Utrecht
                key_results:
                  - {id: KR1, text: Nieuwe zakelijke klanten, baseline: 0, target: 40}
                  - {id: KR2, text: Nabestellingen per maand, baseline: 60, target: 150}
                  - {id: KR3, text: Klanttevredenheid kantoren, baseline: 7.1, target: 8}

            Wil je de strengere marge van de meeste handboeken aanhouden:

                rules:
                  okr/key-result-count: {min: 3, max: 5}
            """,
        ),
        params={"min": 2, "max": 5},
    ),
    Rule(
        code="okr/key-result-not-measurable",
        severity="warning",
        title=_t("The key result has no number", "Het kernresultaat heeft geen getal"),
        checks=_t(
            """
            Reports a key result without a numeric `target`, unless it has `direction:
            range` (bandbreedte) or `direction: milestone` (mijlpaal), or a manual
            `score`. A target written as text, or as `true` without `direction:
            milestone`, is not numeric. The finding points at the `target` value, or at
            the key result when it has no `target`.
            """,
            """
            Meldt een kernresultaat zonder numerieke `target`, tenzij het `direction:
            range` (bandbreedte) of `direction: milestone` (mijlpaal) heeft, of een
            handmatige `score`. Een streefwaarde in woorden, of `true` zonder
            `direction: milestone`, telt niet als getal. De melding wijst naar de
            waarde van `target`, of naar het kernresultaat als `target` ontbreekt.
            """,
        ),
        why=_t(
            """
            "It's not a key result unless it has a number" (John Doerr). The key result
            is the measurable proof that the objective is reached: from baseline,
            target and current value prestatie computes its score, (current − baseline)
            / (target − baseline), capped to 0.0–1.0. Without a number there is no
            score, the key result drops out of the OKR's score, and at the end of the
            quarter whether it was achieved is a matter of opinion.
            """,
            """
            "Het is geen kernresultaat als er geen getal in zit" (John Doerr). Het
            kernresultaat is het meetbare bewijs dat de doelstelling gehaald is: uit
            nulmeting, streefwaarde en huidige waarde berekent prestatie de score,
            (huidig − nulmeting) / (streefwaarde − nulmeting), begrensd op 0,0–1,0.
            Zonder getal is er geen score, valt het kernresultaat weg uit de score van
            de OKR, en is het aan het eind van het kwartaal een kwestie van mening of
            het gehaald is.
            """,
        ),
        fix=_t(
            """
            Add the number: the starting value in `baseline`, the aim in `target`, and
            the progress so far in `current`:

                - id: KR1
                  text: New business customers in Utrecht
                  unit: customers
                  baseline: 0
                  target: 40
                  current: 12

            A result that is simply done or not done is a milestone (`direction:
            milestone` with `target: true`). Use it sparingly: a milestone easily turns
            into a task (see okr/key-result-is-task).
            """,
            """
            Voeg het getal toe: de beginwaarde in `baseline`, het streven in `target` en
            de stand tot nu toe in `current`:

                - id: KR1
                  text: Nieuwe zakelijke klanten in Utrecht
                  unit: klanten
                  baseline: 0
                  target: 40
                  current: 12

            Een resultaat dat gewoon af is of niet, is een mijlpaal (`direction:
            milestone`, of: mijlpaal, met `target: true`). Wees er zuinig mee: een
            mijlpaal wordt al snel een taak (zie okr/key-result-is-task).
            """,
        ),
    ),
    Rule(
        code="okr/objective-is-metric",
        severity="warning",
        title=_t(
            "The OKR's objective contains a number",
            "De doelstelling van de OKR bevat een getal",
        ),
        checks=_t(
            """
            Reports an OKR whose `objective` contains a digit, at the objective's value.
            Any digit counts, also in a year, a quarter or a percentage (`2026`, `Q1`,
            `20 %`); numbers written out in words are not recognised.
            """,
            """
            Meldt een OKR waarvan de `objective` een cijfer bevat, bij de waarde van
            `objective`. Elk cijfer telt, ook in een jaartal, een kwartaal of een
            percentage (`2026`, `Q1`, `20 %`); getallen die in woorden zijn uitgeschreven,
            worden niet herkend.
            """,
        ),
        why=_t(
            """
            In OKR the objective says where you want to go: qualitative, in words, and
            inspiring enough to rally the team. The key results say, in numbers, how you
            will know you got there. An objective that is already a figure is really a
            key result or a KPI; the OKR then lacks a direction, and the key results
            below it tend to repeat the same figure.
            """,
            """
            Bij OKR zegt de doelstelling waar je naartoe wilt: kwalitatief, in woorden,
            en aansprekend genoeg om het team mee te krijgen. De kernresultaten zeggen in
            getallen waaraan je merkt dat je er bent. Een doelstelling die al een getal
            is, is eigenlijk een kernresultaat of een KPI; de OKR mist dan een richting,
            en de kernresultaten eronder herhalen vaak hetzelfde getal.
            """,
        ),
        fix=_t(
            """
            Write the objective in words and move the number into a key result; a year
            or quarter belongs in `period:`:

                period: 2026-Q1
                objective: Become the regular bakery for offices in Utrecht
                key_results:
                  - {id: KR1, text: New business customers, baseline: 0, target: 40}
            """,
            """
            Schrijf de doelstelling in woorden en verplaats het getal naar een
            kernresultaat; een jaar of kwartaal hoort in `period:`:

                period: 2026-Q1
                objective: Word de vaste bakker van kantoren in Utrecht
                key_results:
                  - {id: KR1, text: Nieuwe zakelijke klanten, baseline: 0, target: 40}
            """,
        ),
    ),
    Rule(
        code="okr/key-result-is-task",
        severity="warning",
        title=_t("The key result reads as a task", "Het kernresultaat is een taak"),
        checks=_t(
            """
            Reports a key result whose `text` contains a verb of doing, when the text
            holds no digit and the key result has no numeric `target`. The words are
            English and Dutch verbs, as infinitive and as imperative: launch, implement,
            build, create, organise, introduce, develop, deliver, roll (out), write,
            design, train, migrate, install and the like; lanceren, implementeren,
            invoeren, opzetten, organiseren, ontwikkelen, bouwen, starten, uitrollen,
            schrijven, maken, realiseren, opleveren, trainen, inrichten, uitvoeren (also
            lanceer, maak, rol, zet ...). Such a key result is usually also reported as
            okr/key-result-not-measurable; a milestone (`direction: milestone`) only
            here. The finding points at the `text` value.
            """,
            """
            Meldt een kernresultaat waarvan de `text` een doe-werkwoord bevat, als er
            geen cijfer in de tekst staat en het kernresultaat geen numerieke `target`
            heeft. Het gaat om Nederlandse en Engelse werkwoorden, als infinitief en in
            de gebiedende wijs: lanceren, implementeren, invoeren, opzetten,
            organiseren, ontwikkelen, bouwen, starten, uitrollen, schrijven, maken,
            realiseren, opleveren, trainen, inrichten, uitvoeren (ook lanceer, maak,
            rol, zet ...); launch, implement, build, create, organise, introduce,
            develop, deliver, roll (out), write, design, train, migrate, install en
            dergelijke. Zo'n kernresultaat wordt meestal ook gemeld als
            okr/key-result-not-measurable; een mijlpaal (`direction: milestone`) alleen
            hier. De melding wijst naar de waarde van `text`.
            """,
        ),
        why=_t(
            """
            Key results are outcomes, not tasks. "Launch the web shop" can be done
            while nothing changes for customers; the key result is what the launch
            should bring about. Tasks are the work that moves the key results, the
            initiatives. An OKR made of tasks becomes a to-do list that scores 1.0
            without bringing the objective any closer.
            """,
            """
            Kernresultaten zijn uitkomsten, geen taken. "Lanceer de webshop" kan af zijn
            terwijl er voor klanten niets verandert; het kernresultaat is wat die
            lancering moet opleveren. Taken zijn het werk dat de kernresultaten in
            beweging brengt: de initiatieven. Een OKR vol taken wordt een takenlijst
            die op 1,0 uitkomt zonder dat de doelstelling dichterbij is gekomen.
            """,
        ),
        fix=_t(
            """
            Ask what the task is for, make that the key result, with a number, and put
            the task under `initiatives:`:

                key_results:
                  - id: KR2
                    text: Web shop orders per week
                    baseline: 0
                    target: 150
                initiatives:
                  - {text: Launch the web shop, owner: Head of sales, due: 2026-02-15}
            """,
            """
            Vraag je af waarvoor de taak dient, maak dat het kernresultaat, met een
            getal, en zet de taak onder `initiatives:`:

                key_results:
                  - id: KR2
                    text: Bestellingen via de webshop per week
                    baseline: 0
                    target: 150
                initiatives:
                  - {text: Lanceer de webshop, owner: Hoofd verkoop, due: 2026-02-15}
            """,
        ),
    ),
    Rule(
        code="okr/score-range",
        severity="error",
        title=_t(
            "A key result's score or confidence is outside its scale",
            "Score of vertrouwen van een kernresultaat valt buiten de schaal",
        ),
        checks=_t(
            """
            Reports a key result whose manual `score` lies outside 0.0 to 1.0, and one
            whose `confidence` lies outside 1 to 10; the bounds themselves are fine.
            Each is reported at its value. When the OKR is scored, a manual score
            outside the scale is capped to 0.0–1.0; computed scores are always capped
            and never reported. Scores under `history:` are not checked.
            """,
            """
            Meldt een kernresultaat waarvan de handmatige `score` buiten 0,0 tot 1,0
            ligt, en een waarvan het vertrouwen (`confidence`) buiten 1 tot 10 ligt; de
            grenzen zelf zijn in orde. Elk wordt gemeld bij de eigen waarde. Bij het
            berekenen van de OKR-score wordt een handmatige score buiten de schaal
            afgekapt op 0,0–1,0; berekende scores worden altijd afgekapt en nooit
            gemeld. Scores onder `history:` worden niet gecontroleerd.
            """,
        ),
        why=_t(
            """
            OKRs are scored from 0.0 to 1.0: in the Google playbook 0.0–0.3 is red,
            0.4–0.6 yellow and 0.7–1.0 green, and 0.7 is the sweet spot for an
            aspirational OKR. A score of 7 or 70 is almost always a grade or a
            percentage from another scale; capped to 1.0 it would show a full green
            score that nobody gave. Confidence is an estimate from 1 (low) to 10
            (high). The numbers feed the OKR's score and the reports, so a value
            outside its scale is an error.
            """,
            """
            OKR's worden gescoord van 0,0 tot 1,0: in het Google-playbook is 0,0–0,3
            rood, 0,4–0,6 geel en 0,7–1,0 groen, en 0,7 is het ideale punt voor een
            ambitieuze OKR. Een score van 7 of 70 is bijna altijd een rapportcijfer of
            percentage van een andere schaal; afgekapt op 1,0 zou die een volle groene
            score tonen die niemand heeft gegeven. Vertrouwen is een inschatting van 1
            (laag) tot 10 (hoog). De getallen tellen door in de score van de OKR en in
            de rapporten; een waarde buiten de schaal is daarom een fout.
            """,
        ),
        fix=_t(
            """
            Write the score as a fraction (0.7, not 70 or 7), or remove `score` and let
            prestatie compute it from `baseline`, `target` and `current`:

                - id: KR1
                  text: New business customers
                  score: 0.7
                  confidence: 6
            """,
            """
            Schrijf de score als fractie (0.7, niet 70 of 7), of haal `score` weg en
            laat prestatie hem berekenen uit `baseline`, `target` en `current`:

                - id: KR1
                  text: Nieuwe zakelijke klanten
                  score: 0.7
                  confidence: 6
            """,
        ),
    ),
    Rule(
        code="okr/committed-missed",
        severity="warning",
        title=_t(
            "A committed OKR ended below 1.0",
            "Een toegezegde OKR eindigde onder 1,0",
        ),
        checks=_t(
            """
            For an OKR with `type: committed` (toegezegd), or without `type` since
            committed is the default, whose `period` ended before the as-of date
            (`--as-of`, default today), reports a score below 1.0. The OKR's score is
            the mean of its key results' scores, weighted by their `weight` (default
            1); a key result scores its manual `score`, or else (current − baseline) /
            (target − baseline), capped to 0.0–1.0. Key results without a score are
            left out; an OKR without any scored key result, or without a `period` of
            its own, is not judged. The message gives the score and its colour (below
            0.4 red, below 0.7 amber); the finding points at the `type` value, or at
            the id.
            """,
            """
            Meldt bij een OKR met `type: committed` (toegezegd), of zonder `type`,
            omdat toegezegd de standaard is, een score onder 1,0 als haar periode
            (`period`) vóór de peildatum is afgelopen (`--as-of`, standaard vandaag).
            De score van de OKR is het gemiddelde van de scores van de
            kernresultaten, gewogen met hun `weight` (standaard 1); een kernresultaat
            scoort zijn handmatige `score`, of anders (huidig − nulmeting) /
            (streefwaarde − nulmeting), begrensd op 0,0–1,0. Kernresultaten zonder
            score tellen niet mee; een OKR zonder enig gescoord kernresultaat, of
            zonder eigen `period`, wordt niet beoordeeld. De melding noemt de score en
            de kleur (onder 0,4 rood, onder 0,7 oranje) en wijst naar de waarde van
            `type`, of naar het id.
            """,
        ),
        why=_t(
            """
            Committed OKRs are promises: the team agrees to make them happen and adjusts
            its time and resources to do so, so 1.0 is expected by the end of the
            period. That sets them apart from aspirational OKRs, where about 0.7 is a
            good result. A committed OKR that ends below 1.0 is a missed commitment,
            not a brave attempt, and deserves a conversation: what was missing, does the
            work carry on, and was the promise realistic?
            """,
            """
            Toegezegde OKR's zijn beloftes: het team spreekt af ze waar te maken en
            stemt tijd en middelen daarop af, dus aan het eind van de periode wordt 1,0
            verwacht. Dat onderscheidt ze van ambitieuze OKR's, waar ongeveer 0,7 een
            goed resultaat is. Een toegezegde OKR die onder 1,0 eindigt, is een gemiste
            toezegging en geen dappere poging, en verdient een gesprek: wat ontbrak er,
            loopt het werk door, en was de toezegging realistisch?
            """,
        ),
        fix=_t(
            """
            First fill in `current` for every key result at the end of the period, so
            the score is complete. Then discuss the gap and record the outcome, for
            example by carrying the rest into the OKR for the next period. Do not
            change the type afterwards to silence the finding; when the goal is a
            stretch, make the next OKR aspirational from the start:

                id: OKR-VERKOOP-Q2
                period: 2026-Q2
                type: aspirational
            """,
            """
            Vul eerst aan het eind van de periode bij elk kernresultaat `current` in,
            zodat de score compleet is. Bespreek daarna het verschil en leg de uitkomst
            vast, bijvoorbeeld door het restant mee te nemen in de OKR voor de volgende
            periode. Verander het type niet achteraf om de melding kwijt te raken; is
            het doel eigenlijk een uitdaging, maak de volgende OKR dan vanaf het begin
            ambitieus:

                id: OKR-VERKOOP-Q2
                period: 2026-Q2
                type: ambitieus        # of: aspirational
            """,
        ),
    ),
    Rule(
        code="okr/sandbagging",
        severity="info",
        title=_t(
            "An aspirational OKR scored 1.0 three periods running",
            "Een ambitieuze OKR scoorde drie perioden op rij 1,0",
        ),
        checks=_t(
            """
            For an OKR with `type: aspirational` (ambitieus), takes the scores under
            `history:` in the order written, adds the OKR's own score once its `period`
            has ended before the as-of date (`--as-of`, default today), and reports the
            OKR when the last three of these are all 1.0 or more. Write `history:`
            oldest first. Three entries in `history:` are enough while the current
            period runs. The finding points at the `type` value.
            """,
            """
            Neemt bij een OKR met `type: aspirational` (ambitieus) de scores onder
            `history:` in de volgorde waarin ze staan, voegt de eigen score van de OKR
            toe zodra de `period` is afgelopen vóór de peildatum (`--as-of`, standaard
            vandaag), en meldt de OKR als de laatste drie daarvan alle drie 1,0 of meer
            zijn. Zet `history:` dus van oud naar nieuw. Zolang de lopende periode nog
            niet voorbij is, zijn drie regels in `history:` genoeg. De melding wijst
            naar de waarde van `type`.
            """,
        ),
        why=_t(
            """
            Aspirational OKRs aim beyond what seems feasible; landing around 0.7 (0.6
            to 0.7 is the sweet spot) means the bar was set well. Scoring 1.0 time after
            time suggests sandbagging: targets set low enough to be sure of a full
            score. The OKR then no longer stretches the team, and it is really a
            committed OKR. This is only information: a team can also simply be getting
            very good.
            """,
            """
            Ambitieuze OKR's mikken verder dan haalbaar lijkt; uitkomen rond 0,7 (0,6
            tot 0,7 is het ideale punt) betekent dat de lat goed lag. Keer op keer 1,0
            scoren wijst op sandbagging: streefwaarden die zo laag liggen dat een volle
            score zeker is. De OKR daagt het team dan niet meer uit en is eigenlijk een
            toegezegde OKR. Dit is alleen ter informatie: een team kan ook gewoon heel
            goed worden.
            """,
        ),
        fix=_t(
            """
            Raise the targets for the next period so that 0.7 is a good result, or make
            the OKR committed when full achievement is what you want:

                type: aspirational
                history:
                  - {period: 2025-Q3, score: 1.0}
                  - {period: 2025-Q4, score: 1.0}
                key_results:
                  - {id: KR1, text: New business customers, baseline: 40, target: 90}
            """,
            """
            Leg de streefwaarden voor de volgende periode hoger, zodat 0,7 een goed
            resultaat is, of maak de OKR toegezegd als volledig halen juist de
            bedoeling is:

                type: ambitieus        # of: aspirational; toegezegd = committed
                history:
                  - {period: 2025-Q3, score: 1.0}
                  - {period: 2025-Q4, score: 1.0}
                key_results:
                  - {id: KR1, text: Nieuwe zakelijke klanten, baseline: 40, target: 90}
            """,
        ),
    ),
    Rule(
        code="okr/period",
        severity="warning",
        title=_t(
            "The OKR's period lies outside its parent's period",
            "De periode van de OKR valt buiten die van de parent",
        ),
        checks=_t(
            """
            Compares the `period` of an OKR with the period of its `parent`: a goal (its
            own period or the one it inherits), a key result of another OKR
            (`OKR-X/KR1`, with the period of that OKR), or an OGSM. An OKR that starts
            before or ends after its parent's period is reported, at its `period`
            value. An OKR without a `period` of its own, or whose parent has no period,
            is not checked.
            """,
            """
            Vergelijkt de `period` van een OKR met de periode van haar `parent`: een
            doelstelling (de eigen of de geërfde periode), een kernresultaat van een
            andere OKR (`OKR-X/KR1`, met de periode van die OKR) of een OGSM. Een OKR
            die eerder begint of later eindigt dan de periode van de parent, wordt
            gemeld bij de waarde van `period`. Een OKR zonder eigen `period`, of met
            een parent zonder periode, wordt niet gecontroleerd.
            """,
        ),
        why=_t(
            """
            OKRs are usually set per quarter under a yearly goal, or under a key result
            of the OKR one level up. An OKR for 2027-Q1 cannot contribute to a goal that
            ends in 2026: by the time it is scored, the parent has already been
            evaluated. Mismatched periods mostly appear when OKRs are copied to a new
            quarter and the parent is not updated.
            """,
            """
            OKR's worden meestal per kwartaal opgesteld onder een jaardoelstelling, of
            onder een kernresultaat van de OKR een niveau hoger. Een OKR voor 2027-Q1
            kan niet bijdragen aan een doelstelling die in 2026 afloopt: tegen de tijd
            dat zij gescoord wordt, is de parent al geëvalueerd. Scheve perioden
            ontstaan vooral als OKR's naar een nieuw kwartaal worden gekopieerd en de
            parent niet wordt bijgewerkt.
            """,
        ),
        fix=_t(
            """
            Bring the period within the parent's, or link the OKR to the parent for the
            right period:

                parent: OKR-VERKOOP-Q1/KR1    # OKR-VERKOOP-Q1 has period: 2026-Q1
                period: 2026-Q1               # was: 2026-Q2
            """,
            """
            Breng de periode binnen die van de parent, of koppel de OKR aan de parent
            voor de juiste periode:

                parent: OKR-VERKOOP-Q1/KR1    # OKR-VERKOOP-Q1 heeft period: 2026-Q1
                period: 2026-Q1               # was: 2026-Q2
            """,
        ),
    ),
    # ------------------------------------------------------------------ ogsm/
    Rule(
        code="ogsm/goal-not-smart",
        severity="warning",
        title=_t(
            "An OGSM goal has no measure, numeric target or unit",
            "Een doel van de OGSM mist een meetpunt, streefwaarde of eenheid",
        ),
        checks=_t(
            """
            Reports each entry under `goals` of an OGSM that has no `measure`, or whose
            measure lacks a numeric `target` or a `unit`; the message names what is
            missing. A milestone target (`true` or a text) counts as not numeric.
            Baseline and direction are not required here. The finding points at the
            goal.
            """,
            """
            Meldt elk item onder `goals` van een OGSM dat geen `measure` heeft, of
            waarvan het meetpunt geen numerieke `target` of geen `unit` heeft; de
            melding noemt wat er ontbreekt. Een mijlpaal als streefwaarde (`true` of
            een tekst) telt niet als getal. Nulmeting en richting zijn hier niet
            verplicht. De melding wijst naar het doel.
            """,
        ),
        why=_t(
            """
            In an OGSM the objective is the ambition in words; the goals make it
            measurable. Each goal is SMART and reads as goal, target value and unit:
            "business revenue to EUR 1.38 million". Without a number and a unit the
            one-pager cannot show whether the ambition is coming closer, and the goal
            is left out of the OGSM's score, the mean of its goals' measures.
            """,
            """
            In een OGSM is de ambitie in woorden gesteld; de doelen maken haar meetbaar.
            Elk doel is SMART en luidt als doel, streefwaarde en eenheid: "omzet
            zakelijke markt naar 1,38 mln euro". Zonder getal en eenheid kan de
            one-pager niet laten zien of de ambitie dichterbij komt, en telt het doel
            niet mee in de score van de OGSM, het gemiddelde van de meetpunten van de
            doelen.
            """,
        ),
        fix=_t(
            """
            Give the goal a measure with name, unit and target, preferably with a
            baseline:

                goals:
                  - id: G1
                    text: Business revenue grows to EUR 1.38 million
                    measure:
                      name: Business revenue
                      unit: EUR
                      baseline: 1200000
                      target: 1380000
                      direction: increase
            """,
            """
            Geef het doel een meetpunt met naam, eenheid en streefwaarde, liefst met
            een nulmeting:

                goals:
                  - id: G1
                    text: Omzet zakelijke markt groeit naar 1,38 mln
                    measure:
                      name: Omzet zakelijke markt
                      unit: EUR
                      baseline: 1200000
                      target: 1380000
                      direction: increase    # of: verhogen
            """,
        ),
    ),
    Rule(
        code="ogsm/strategy-count",
        severity="warning",
        title=_t(
            "The OGSM has too few or too many strategies",
            "De OGSM heeft te weinig of te veel strategieën",
        ),
        checks=_t(
            """
            Counts the strategies under `strategies` of each OGSM and reports an OGSM
            with fewer than `min` (default 3) or more than `max` (default 5), at the
            `strategies` key, or at the id when the key is missing (zero strategies).
            Both bounds are inclusive: three or five strategies is fine.
            """,
            """
            Telt de strategieën onder `strategies` van elke OGSM en meldt een OGSM met
            minder dan `min` (standaard 3) of meer dan `max` (standaard 5), bij de
            sleutel `strategies`, of bij het id als die sleutel ontbreekt (nul
            strategieën). Beide grenzen tellen zelf nog mee: drie of vijf strategieën
            is in orde.
            """,
        ),
        why=_t(
            """
            Strategies are the choices of how the goals will be reached, and an OGSM
            makes three to five of them. Fewer usually means the how has not been
            thought through, or the strategies are really actions. More means no choice
            was made: everything gets a little attention and the plan no longer fits
            on one page. Some checklists allow at most five business strategies plus
            two enabling ones, such as people or IT.
            """,
            """
            Strategieën zijn de keuzes over hoe de doelen gehaald worden, en een OGSM
            maakt er drie tot vijf. Minder betekent meestal dat het hoe nog niet is
            doordacht, of dat de strategieën eigenlijk acties zijn. Meer betekent dat er
            niet gekozen is: alles krijgt een beetje aandacht en het plan past niet
            meer op één A4. Sommige checklists staan hooguit vijf businessstrategieën
            toe plus twee ondersteunende, zoals mensen of IT.
            """,
        ),
        fix=_t(
            """
            Merge strategies that are really the same choice, move ones that are actions
            under the `actions` of a strategy, or work a strategy out in a child OGSM
            with `parent: OGSM-2026/S2`. When enabling strategies are a deliberate
            addition, raise the maximum:

                rules:
                  ogsm/strategy-count: {min: 3, max: 7}
            """,
            """
            Voeg strategieën samen die eigenlijk dezelfde keuze zijn, zet strategieën
            die acties zijn onder de `actions` van een strategie, of werk een strategie
            uit in een onderliggende OGSM met `parent: OGSM-2026/S2`. Zijn
            ondersteunende strategieën een bewuste aanvulling, verhoog dan het
            maximum:

                rules:
                  ogsm/strategy-count: {min: 3, max: 7}
            """,
        ),
        params={"min": 3, "max": 5},
    ),
    Rule(
        code="ogsm/strategy-no-measure",
        severity="warning",
        title=_t(
            "The strategy has no measure on its dashboard",
            "De strategie heeft geen meetpunt op het dashboard",
        ),
        checks=_t(
            """
            Reports a strategy of an OGSM whose `measures` list is missing or empty, at
            the strategy.
            """,
            """
            Meldt een strategie van een OGSM zonder of met een lege lijst `measures`,
            bij de strategie.
            """,
        ),
        why=_t(
            """
            In an OGSM every strategy has its own measures: the dashboard, with target
            and unit, that shows whether the strategy works. Without them progress can
            only be guessed; all actions can be done while the strategy achieves
            nothing. The strategy's score is the mean of its measures, so without
            measures it has none.
            """,
            """
            In een OGSM heeft elke strategie eigen meetpunten: het dashboard, met
            streefwaarde en eenheid, dat laat zien of de strategie werkt. Zonder
            meetpunten is de voortgang giswerk; alle acties kunnen af zijn terwijl de
            strategie niets oplevert. De score van de strategie is het gemiddelde van
            haar meetpunten, dus zonder meetpunten heeft zij er geen.
            """,
        ),
        fix=_t(
            """
            Add one or more measures with target and unit to the strategy:

                - id: S2
                  text: Serve offices in Utrecht with our own delivery service
                  owner: Head of sales
                  measures:
                    - {name: Offices with a contract, unit: count, baseline: 12, target: 40}
            """,
            """
            Geef de strategie een of meer meetpunten met streefwaarde en eenheid:

                - id: S2
                  text: Kantoren in Utrecht bedienen met een eigen bezorgdienst
                  owner: Hoofd verkoop
                  measures:
                    - {name: Kantoren met contract, unit: aantal, baseline: 12, target: 40}
            """,
        ),
    ),
    Rule(
        code="ogsm/strategy-no-action",
        severity="warning",
        title=_t("The strategy has no action", "De strategie heeft geen actie"),
        checks=_t(
            """
            Reports a strategy of an OGSM whose `actions` list is missing or empty, at
            the strategy.
            """,
            """
            Meldt een strategie van een OGSM zonder of met een lege lijst `actions`, bij
            de strategie.
            """,
        ),
        why=_t(
            """
            The actions carry a strategy out: each with an owner, a start, a deadline
            and a status. A strategy without actions is an intention: nobody does
            anything for it in the coming month, and the monthly review of the actions
            has nothing to follow.
            """,
            """
            De acties voeren een strategie uit: elk met een eigenaar, een startdatum,
            een deadline en een status. Een strategie zonder acties is een voornemen:
            niemand doet er de komende maand iets voor, en de maandelijkse bespreking
            van de acties heeft niets om te volgen.
            """,
        ),
        fix=_t(
            """
            Add the actions that carry the strategy out:

                actions:
                  - text: Start a morning delivery round
                    owner: Head of logistics
                    start: 2026-02-01
                    due: 2026-04-30
                    status: planned
            """,
            """
            Voeg de acties toe die de strategie uitvoeren:

                actions:
                  - text: Ochtendbezorgronde opzetten
                    owner: Hoofd logistiek
                    start: 2026-02-01
                    due: 2026-04-30
                    status: gepland        # of: planned
            """,
        ),
    ),
    Rule(
        code="ogsm/action-no-owner",
        severity="warning",
        title=_t("The action has no owner", "De actie heeft geen eigenaar"),
        checks=_t(
            """
            Reports an action under the `actions` of an OGSM strategy that has no
            `owner`, at the action.
            """,
            """
            Meldt een actie onder de `actions` van een OGSM-strategie zonder `owner`,
            bij de actie.
            """,
        ),
        why=_t(
            """
            An OGSM action has an owner, a start, a deadline and a status. Without an
            owner nobody is accountable for it, and in the monthly review there is
            nobody to ask how it stands; such actions are the first to stall.
            """,
            """
            Een OGSM-actie heeft een eigenaar, een startdatum, een deadline en een
            status. Zonder eigenaar is niemand erop aanspreekbaar, en bij de
            maandelijkse bespreking is er niemand om te vragen hoe het ervoor staat;
            zulke acties blijven het eerst liggen.
            """,
        ),
        fix=_t(
            """
            Name one person or role as owner:

                - text: Start a morning delivery round
                  owner: Head of logistics
            """,
            """
            Noem één persoon of rol als eigenaar:

                - text: Ochtendbezorgronde opzetten
                  owner: Hoofd logistiek
            """,
        ),
    ),
    Rule(
        code="ogsm/action-no-deadline",
        severity="warning",
        title=_t("The action has no deadline", "De actie heeft geen deadline"),
        checks=_t(
            """
            Reports an action under the `actions` of an OGSM strategy without a valid
            `due` date (YYYY-MM-DD), at the action. A `start` date is not required
            here, but without one ogsm/action-late cannot check the action.
            """,
            """
            Meldt een actie onder de `actions` van een OGSM-strategie zonder geldige
            `due`-datum (JJJJ-MM-DD), bij de actie. Een startdatum (`start`) is hier
            niet verplicht, maar zonder startdatum kan ogsm/action-late de actie niet
            controleren.
            """,
        ),
        why=_t(
            """
            An OGSM action has an owner, a start, a deadline and a status. Without a
            deadline an action is never late, so the monthly review cannot tell whether
            the strategy is on schedule, and the action drifts along.
            """,
            """
            Een OGSM-actie heeft een eigenaar, een startdatum, een deadline en een
            status. Zonder deadline is een actie nooit te laat; de maandelijkse
            bespreking kan dan niet zien of de strategie op schema ligt, en de actie
            blijft voortkabbelen.
            """,
        ),
        fix=_t(
            """
            Add the agreed deadline, and the start date as well:

                - text: Start a morning delivery round
                  owner: Head of logistics
                  start: 2026-02-01
                  due: 2026-04-30
            """,
            """
            Vul de afgesproken deadline in, en meteen ook de startdatum:

                - text: Ochtendbezorgronde opzetten
                  owner: Hoofd logistiek
                  start: 2026-02-01
                  due: 2026-04-30
            """,
        ),
    ),
    Rule(
        code="ogsm/action-late",
        severity="warning",
        title=_t(
            "The action should have started but has not",
            "De actie had al moeten starten maar is niet gestart",
        ),
        checks=_t(
            """
            Reports an action whose `start` date lies before the as-of date (`--as-of`,
            default today) while its `status` is `planned` (gepland) or missing. On its
            start date itself an action is not yet late; `started` (gestart), `done`
            (gereed, klaar) and `stopped` (gestopt) are fine. An action without `start`
            is not checked, and a status that is not one of these counts as not started
            (schema/invalid reports the value too). The finding points at the `status`
            value, or at the action when it has no status.
            """,
            """
            Meldt een actie waarvan de startdatum (`start`) vóór de peildatum ligt
            (`--as-of`, standaard vandaag) terwijl de `status` `planned` (gepland) is
            of ontbreekt. Op de startdatum zelf is een actie nog niet te laat;
            `started` (gestart), `done` (gereed, klaar) en `stopped` (gestopt) zijn in
            orde. Een actie zonder `start` wordt niet gecontroleerd, en een andere
            status dan deze telt als niet gestart (schema/invalid meldt de waarde
            ook). De melding wijst naar de waarde van `status`, of naar de actie als
            die geen status heeft.
            """,
        ),
        why=_t(
            """
            On an OGSM dashboard an action whose start date has passed and that has not
            started is red. Actions are reviewed monthly, so a delay should surface
            there; the measures of the strategy often show it only months later, when
            it is hard to catch up.
            """,
            """
            Op een OGSM-dashboard staat een actie op rood als de startdatum voorbij is
            en zij niet is gestart. Acties worden maandelijks besproken, zodat
            vertraging daar boven water moet komen; de meetpunten van de strategie
            laten die vaak pas maanden later zien, als inhalen lastig is.
            """,
        ),
        fix=_t(
            """
            Start the action and update its status, move the start date to when it
            really begins, or stop it explicitly:

                - text: Start a morning delivery round
                  owner: Head of logistics
                  start: 2026-03-01
                  due: 2026-05-31
                  status: started
            """,
            """
            Start de actie en werk de status bij, verschuif de startdatum naar het
            moment waarop zij echt begint, of stop haar uitdrukkelijk:

                - text: Ochtendbezorgronde opzetten
                  owner: Hoofd logistiek
                  start: 2026-03-01
                  due: 2026-05-31
                  status: gestart        # of: started; gestopt = stopped
            """,
        ),
    ),
    Rule(
        code="ogsm/cascade-mismatch",
        severity="warning",
        title=_t(
            "The child OGSM's objective does not take up its parent strategy",
            "De ambitie van de onderliggende OGSM sluit niet aan op de strategie erboven",
        ),
        checks=_t(
            """
            For an OGSM whose `parent` is a strategy of another OGSM (`OGSM-2026/S2`),
            compares its `objective` with that strategy's `text`. The key words of the
            strategy are its words of four letters or more, without a short list of
            filler words (voor, door, naar, with, from ...). A key word counts as taken
            up when a word of the objective starts with its first five letters, so
            `kantoren` takes up `kantoormarkt` and `office` takes up `offices`. The OGSM
            is reported, at its objective, when fewer than half of the key words are
            taken up. A parent that is not a strategy, and a strategy without key
            words, are not checked.
            """,
            """
            Vergelijkt bij een OGSM waarvan de `parent` een strategie van een andere
            OGSM is (`OGSM-2026/S2`) de `objective` met de `text` van die strategie. De
            kernwoorden van de strategie zijn haar woorden van vier letters of meer,
            zonder een korte lijst vulwoorden (voor, door, naar, with, from ...). Een
            kernwoord telt als overgenomen als een woord in de ambitie begint met de
            eerste vijf letters ervan, zodat `kantoren` aansluit op `kantoormarkt` en
            `office` op `offices`. De OGSM wordt gemeld, bij de ambitie, als minder dan
            de helft van de kernwoorden is overgenomen. Een parent die geen strategie
            is, en een strategie zonder kernwoorden, worden niet gecontroleerd.
            """,
        ),
        why=_t(
            """
            In an OGSM cascade a parent's strategy becomes the objective of the child
            OGSM, for example of a department. That is what keeps the one-pagers
            aligned: the unit below works out the how that the level above chose.
            When the child's ambition goes its own way, the work may still be good,
            but the line of sight to the parent's strategy is lost.
            """,
            """
            In een OGSM-cascade wordt de strategie van de bovenliggende OGSM de ambitie
            van de onderliggende, bijvoorbeeld die van een afdeling. Zo blijven de
            one-pagers op elkaar aangesloten: de eenheid eronder werkt het hoe uit dat
            het niveau erboven heeft gekozen. Gaat de ambitie van de onderliggende OGSM
            een eigen kant op, dan kan het werk nog steeds goed zijn, maar is de lijn
            naar de strategie erboven zoek.
            """,
        ),
        fix=_t(
            """
            Take the parent's strategy as the objective, in the same words, sharpened
            for the unit if needed:

                # OGSM-2026, S2: Serve offices in Utrecht with our own delivery service
                kind: ogsm
                id: OGSM-DELIVERY-2026
                parent: OGSM-2026/S2
                objective: Serve every office in Utrecht with our own delivery service

            If the child OGSM deliberately pursues something else, attach it to the
            strategy it does work out, or to a goal.
            """,
            """
            Neem de strategie erboven over als ambitie, in dezelfde woorden, zo nodig
            aangescherpt voor de eenheid:

                # OGSM-2026, S2: Kantoren in Utrecht bedienen met een eigen bezorgdienst
                kind: ogsm
                id: OGSM-BEZORGING-2026
                parent: OGSM-2026/S2
                objective: Alle kantoren in Utrecht bedienen met een eigen bezorgdienst

            Streeft de onderliggende OGSM bewust iets anders na, koppel haar dan aan de
            strategie die zij wel uitwerkt, of aan een doelstelling.
            """,
        ),
    ),
    Rule(
        code="ogsm/too-long",
        severity="warning",
        title=_t(
            "The OGSM does not fit on one page",
            "De OGSM past niet op één A4",
        ),
        checks=_t(
            """
            Counts the elements of an OGSM: 1 for the objective, 1 per goal, and per
            strategy 1 plus its measures and its actions. Reports the OGSM, at its id,
            when the count is more than `max_elements` (default 40); exactly 40 is
            fine.
            """,
            """
            Telt de elementen van een OGSM: 1 voor de ambitie, 1 per doel, en per
            strategie 1 plus haar meetpunten en acties. Meldt de OGSM, bij het id, als
            dat er meer zijn dan `max_elements` (standaard 40); precies 40 is in orde.
            """,
        ),
        why=_t(
            """
            OGSM is the business plan on a single page: ambition, goals, strategies,
            measures and actions side by side. That is its strength: everyone sees the
            whole plan and how the parts hang together. A plan that no longer fits on
            one page loses that overview; the detail belongs lower in the cascade.
            """,
            """
            OGSM is het businessplan op 1 A4: ambitie, doelen, strategieën, meetpunten
            en acties naast elkaar. Daar zit de kracht: iedereen ziet het hele plan en
            hoe de onderdelen samenhangen. Een plan dat niet meer op één A4 past,
            verliest dat overzicht; de details horen lager in de cascade.
            """,
        ),
        fix=_t(
            """
            Keep the main lines on the page: merge small actions, keep one or two
            measures per strategy, and work a busy strategy out in a child OGSM whose
            objective is that strategy (`parent: OGSM-2026/S2`). For example, 1 + 4
            goals + 5 strategies × (1 + 3 measures + 4 actions) = 45 elements. Raise
            the bound only when the page really holds more:

                rules:
                  ogsm/too-long: {max_elements: 50}
            """,
            """
            Houd de hoofdlijnen op de pagina: voeg kleine acties samen, houd een of twee
            meetpunten per strategie aan, en werk een drukke strategie uit in een
            onderliggende OGSM met die strategie als ambitie (`parent: OGSM-2026/S2`).
            Bijvoorbeeld: 1 + 4 doelen + 5 strategieën × (1 + 3 meetpunten + 4 acties) =
            45 elementen. Verhoog de grens alleen als de pagina echt meer aankan:

                rules:
                  ogsm/too-long: {max_elements: 50}
            """,
        ),
        params={"max_elements": 40},
    ),
    # ------------------------------------------------------------------- bsc/
    Rule(
        code="bsc/empty-perspective",
        severity="warning",
        title=_t(
            "A perspective of the scorecard has no objective",
            "Een perspectief op de scorekaart heeft geen doelstelling",
        ),
        checks=_t(
            """
            Goes through every perspective of the plan's set (`perspectives:` in
            prestatie.yaml; by default financial, customer, process and learning) and
            reports each one in which a scorecard holds no objective. An objective is
            on the scorecard when it is listed under a perspective in `perspectives:`,
            or when `scope:` selects it (by level, unit and period) and it has a
            perspective of its own or inherits one from its parent. The finding points
            at the perspective's key when the scorecard lists it, and otherwise at the
            scorecard's id.
            """,
            """
            Loopt alle perspectieven van het plan langs (`perspectives:` in
            prestatie.yaml; standaard financial, customer, process en learning) en
            meldt elk perspectief waarin een scorekaart geen doelstelling heeft. Een
            doelstelling staat op de scorekaart als zij onder een perspectief in
            `perspectives:` staat, of als `scope:` haar selecteert (op niveau, afdeling
            en periode) en zij een eigen perspectief heeft of er een erft van haar
            `parent`. De melding wijst naar de sleutel van het perspectief als de
            scorekaart dat noemt, en anders naar de id van de scorekaart.
            """,
        ),
        why=_t(
            """
            The Balanced Scorecard exists to answer Kaplan and Norton's four questions
            together: how do shareholders see us, how do customers see us, what must we
            excel at, and can we keep improving and creating value? A scorecard with an
            empty perspective leaves one of them unanswered, and with it a link in the
            chain of cause and effect: a customer result without the process that
            produces it, or profit without the customers that pay for it. That is
            exactly the one-sidedness the method is meant to prevent.
            """,
            """
            De Balanced Scorecard is er om de vier vragen van Kaplan en Norton samen te
            beantwoorden: hoe zien aandeelhouders ons, hoe zien klanten ons, waarin
            moeten we uitblinken, en kunnen we blijven verbeteren en waarde creëren?
            Een scorekaart met een leeg perspectief laat een van die vragen open, en
            daarmee een schakel in de keten van oorzaak en gevolg: een klantresultaat
            zonder het proces dat het oplevert, of winst zonder de klanten die ervoor
            betalen. Dat is precies de eenzijdigheid die de methode moet voorkomen.
            """,
        ),
        fix=_t(
            """
            Put an objective of the plan under the empty perspective:

                perspectives:
                  learning: [SD-5]

            If the organisation deliberately works with other perspectives, for
            example societal results in the public sector, choose a perspective set
            that fits (`perspectives: publieke-sector`, or your own list in
            prestatie.yaml). If this scorecard skips a perspective on purpose, silence
            the rule on the scorecard and say why in a comment:

                ignore: [bsc/empty-perspective]   # costs are on the corporate scorecard
            """,
            """
            Zet een doelstelling van het plan onder het lege perspectief:

                perspectives:
                  learning: [SD-5]

            Werkt de organisatie bewust met andere perspectieven, bijvoorbeeld
            maatschappelijke prestaties in de publieke sector, kies dan een passende
            set (`perspectives: publieke-sector`, of een eigen lijst in
            prestatie.yaml). Slaat deze scorekaart een perspectief met opzet over, zet
            de regel dan uit op de scorekaart en leg in een opmerking uit waarom:

                ignore: [bsc/empty-perspective]   # kosten staan op de concernkaart
            """,
        ),
    ),
    Rule(
        code="bsc/no-measure",
        severity="warning",
        title=_t(
            "An objective on the scorecard has no measure",
            "Een doelstelling op de scorekaart heeft geen meetpunt",
        ),
        checks=_t(
            """
            Reports each objective on a scorecard, listed or selected by `scope:`,
            whose `measures` list is missing or empty. The finding points at the
            objective's entry on the scorecard, or at its id when `scope:` brought it
            in, and names the scorecard. The goal itself is also reported by
            smart/no-measure.
            """,
            """
            Meldt elke doelstelling op een scorekaart, genoemd of geselecteerd via
            `scope:`, zonder of met een lege lijst `measures`. De melding wijst naar de
            plek van de doelstelling op de scorekaart, of naar haar id als `scope:` haar
            heeft opgenomen, en noemt de scorekaart. De doelstelling zelf wordt ook
            gemeld door smart/no-measure.
            """,
        ),
        why=_t(
            """
            A scorecard translates strategy into measures: each objective gets one or
            two measures, with a target, so that progress can be read off. An
            objective without a measure is an empty row: the scorecard cannot show
            whether it is on track, its perspective looks covered while nothing is
            measured there, and the strategy map has a cause or effect that nobody can
            observe.
            """,
            """
            Een scorekaart vertaalt de strategie naar meetpunten: elke doelstelling
            krijgt er één of twee, met een streefwaarde, zodat de voortgang af te lezen
            is. Een doelstelling zonder meetpunt is een lege regel: de scorekaart kan
            niet laten zien of zij op koers ligt, haar perspectief lijkt gedekt terwijl
            er niets gemeten wordt, en de strategiekaart bevat een oorzaak of gevolg
            die niemand kan waarnemen.
            """,
        ),
        fix=_t(
            """
            Give the objective one or two measures, preferably a leading and a lagging
            one:

                measures:
                  - id: leverbetrouwbaarheid
                    name: Orders op tijd en compleet
                    unit: "%"
                    baseline: 91
                    target: 97
                    direction: increase
                    indicator: leading
            """,
            """
            Geef de doelstelling één of twee meetpunten, bij voorkeur een voorlopende
            en een naijlende indicator:

                measures:
                  - id: leverbetrouwbaarheid
                    name: Orders op tijd en compleet
                    unit: "%"
                    baseline: 91
                    target: 97
                    direction: increase    # of: verhogen
                    indicator: leading     # voorlopend
            """,
        ),
    ),
    Rule(
        code="bsc/too-many",
        severity="warning",
        title=_t(
            "The scorecard has too many objectives or measures",
            "De scorekaart heeft te veel doelstellingen of meetpunten",
        ),
        checks=_t(
            """
            Counts the objectives per perspective of a scorecard and reports a
            perspective with more than `max_objectives` (default 5), at the
            perspective's key. Also adds up the measures of all objectives on the
            scorecard and reports the scorecard, at its id, when there are more than
            `max_measures` (default 25). Both bounds are inclusive: exactly 5
            objectives or 25 measures is fine.
            """,
            """
            Telt de doelstellingen per perspectief van een scorekaart en meldt een
            perspectief met meer dan `max_objectives` (standaard 5), bij de sleutel van
            dat perspectief. Telt daarnaast de meetpunten van alle doelstellingen op de
            scorekaart op en meldt de scorekaart, bij haar id, als dat er meer zijn dan
            `max_measures` (standaard 25). Beide grenzen tellen zelf nog mee: precies 5
            doelstellingen of 25 meetpunten is in orde.
            """,
        ),
        why=_t(
            """
            A scorecard shows the few objectives that matter most for the strategy,
            not everything the organisation does. Practitioners keep it to about three
            to five objectives per perspective and one or two measures per objective:
            15 to 25 measures per scorecard, and 12 to 18 for a first one. Beyond that
            the scorecard turns into a list of operational indicators, management
            attention is spread thin, and the strategy map becomes unreadable. Measures
            tend to creep in year after year; this rule makes that visible.
            """,
            """
            Een scorekaart toont de paar doelstellingen die voor de strategie het meest
            tellen, niet alles wat de organisatie doet. In de praktijk houdt men het op
            ongeveer drie tot vijf doelstellingen per perspectief en één of twee
            meetpunten per doelstelling: 15 tot 25 meetpunten per scorekaart, en 12 tot
            18 voor een eerste. Daarboven wordt de scorekaart een lijst met operationele
            indicatoren, versnippert de aandacht van het management en wordt de
            strategiekaart onleesbaar. Meetpunten sluipen er jaar na jaar bij; deze
            regel maakt dat zichtbaar.
            """,
        ),
        fix=_t(
            """
            Keep the objectives that drive the strategy on the scorecard and move the
            rest to department or operational objectives; merge measures that say the
            same. Where a larger scorecard is a deliberate choice, raise the bounds:

                rules:
                  bsc/too-many: {max_objectives: 6, max_measures: 30}
            """,
            """
            Houd de doelstellingen die de strategie dragen op de scorekaart en breng de
            rest onder bij afdelings- of operationele doelstellingen; voeg meetpunten
            samen die hetzelfde zeggen. Is een grotere scorekaart een bewuste keuze,
            verhoog dan de grenzen:

                rules:
                  bsc/too-many: {max_objectives: 6, max_measures: 30}
            """,
        ),
        params={"max_objectives": 5, "max_measures": 25},
    ),
    Rule(
        code="bsc/link-direction",
        severity="warning",
        title=_t(
            "A strategy-map link runs against cause and effect",
            "Een koppeling in de strategiekaart loopt tegen oorzaak en gevolg in",
        ),
        checks=_t(
            """
            Each link in a scorecard's `links:` runs from cause to effect, written as
            `[cause, effect]` or `{from, to}`. The rule compares the perspectives under
            which the two objectives sit on this scorecard and reports a link whose
            cause lies higher in the strategy map than its effect. In the Kaplan and
            Norton set the map runs learning → process → customer → financial, so
            financial → learning or customer → process is reported; the public-sector
            set puts financial low, as a constraint, and societal results on top, and
            a custom set follows its `order`. Links within one perspective, and links
            that skip a step (learning → customer), are fine.
            """,
            """
            Elke koppeling in `links:` van een scorekaart loopt van oorzaak naar
            gevolg, geschreven als `[oorzaak, gevolg]` of `{from, to}`. De regel
            vergelijkt de perspectieven waaronder beide doelstellingen op deze
            scorekaart staan, en meldt een koppeling waarvan de oorzaak hoger in de
            strategiekaart ligt dan het gevolg. In de set van Kaplan en Norton loopt de
            kaart leren → processen → klant → financieel, dus financieel → leren of
            klant → processen wordt gemeld; de set voor de publieke sector zet
            financieel laag, als randvoorwaarde, en maatschappelijke prestaties
            bovenaan, en een eigen set volgt haar `order`. Koppelingen binnen één
            perspectief, en koppelingen die een stap overslaan (leren → klant), zijn in
            orde.
            """,
        ),
        why=_t(
            """
            A strategy map tells the strategy as a chain of cause and effect: people
            who learn and improve make processes better, better processes make
            customers more satisfied, and satisfied customers bring the financial
            result. A link from a financial result to a learning objective reverses
            that story. Most often the two ids were written the wrong way round;
            sometimes the objective sits under the wrong perspective. Either way the
            map no longer shows which objective drives which.
            """,
            """
            Een strategiekaart vertelt de strategie als een keten van oorzaak en
            gevolg: mensen die leren en verbeteren maken processen beter, betere
            processen maken klanten tevredener, en tevreden klanten brengen het
            financiële resultaat. Een koppeling van een financieel resultaat naar een
            leerdoelstelling draait dat verhaal om. Meestal zijn de twee id's in de
            verkeerde volgorde geschreven; soms staat een doelstelling onder het
            verkeerde perspectief. Hoe dan ook laat de kaart niet meer zien welke
            doelstelling welke aandrijft.
            """,
        ),
        fix=_t(
            """
            Write the cause first and the effect second:

                links:
                  - [SD-5, SD-1]      # was: [SD-1, SD-5]

            If the order is right, check that both objectives sit under the right
            perspective.
            """,
            """
            Zet de oorzaak eerst en het gevolg daarna:

                links:
                  - [SD-5, SD-1]      # was: [SD-1, SD-5]

            Klopt de volgorde wel, controleer dan of beide doelstellingen onder het
            juiste perspectief staan.
            """,
        ),
    ),
    Rule(
        code="bsc/link-unknown",
        severity="error",
        title=_t(
            "A strategy-map link names an objective not on the scorecard",
            "Een koppeling in de strategiekaart noemt een doelstelling buiten de scorekaart",
        ),
        checks=_t(
            """
            Reports a link in a scorecard's `links:` whose cause or effect is not an
            objective on this scorecard: either the id exists nowhere in the plan (the
            closest objective on the scorecard is suggested), or it exists but the
            scorecard neither lists it under a perspective nor selects it through
            `scope:`. Only the first such id of a link is named. The link is then left
            out of bsc/link-direction, bsc/map-cycle and bsc/unlinked.
            """,
            """
            Meldt een koppeling in `links:` van een scorekaart waarvan de oorzaak of
            het gevolg geen doelstelling op deze scorekaart is: de id bestaat nergens in
            het plan (de best passende doelstelling op de scorekaart wordt
            voorgesteld), of hij bestaat wel, maar de scorekaart noemt hem niet onder
            een perspectief en selecteert hem ook niet via `scope:`. Per koppeling
            wordt alleen de eerste zulke id genoemd. De koppeling telt daarna niet mee
            voor bsc/link-direction, bsc/map-cycle en bsc/unlinked.
            """,
        ),
        why=_t(
            """
            A strategy map connects the objectives of one scorecard. A link to an id
            that does not exist is usually a typing error or a goal that was renamed or
            removed; a link to an objective that is not on the scorecard draws an arrow
            to something the scorecard does not show or measure. In both cases the
            chain of cause and effect has a loose end, and the map that is drawn and
            reported differs from the one intended.
            """,
            """
            Een strategiekaart verbindt de doelstellingen van één scorekaart. Een
            koppeling naar een id die niet bestaat is meestal een tikfout of een
            doelstelling die is hernoemd of geschrapt; een koppeling naar een
            doelstelling die niet op de scorekaart staat, trekt een pijl naar iets wat
            de scorekaart niet toont en niet meet. In beide gevallen heeft de keten van
            oorzaak en gevolg een los eind, en wijkt de kaart die getekend en
            gerapporteerd wordt af van de bedoelde.
            """,
        ),
        fix=_t(
            """
            Correct the id, or put the objective on the scorecard:

                perspectives:
                  process: [SD-4]
                links:
                  - [SD-4, SD-3]
            """,
            """
            Verbeter de id, of zet de doelstelling op de scorekaart:

                perspectives:
                  process: [SD-4]
                links:
                  - [SD-4, SD-3]
            """,
        ),
    ),
    Rule(
        code="bsc/map-cycle",
        severity="error",
        title=_t(
            "The strategy map runs in a circle",
            "De strategiekaart loopt in een kring",
        ),
        checks=_t(
            """
            Follows a scorecard's links from cause to effect and reports each circle it
            finds, such as SD-1 → SD-2 → SD-3 → SD-1, once, at the link that closes it.
            A link from an objective to itself is a circle too. Links that name an
            objective not on the scorecard (bsc/link-unknown) are left out.
            """,
            """
            Volgt de koppelingen van een scorekaart van oorzaak naar gevolg en meldt
            elke kring die daarbij opduikt, zoals SD-1 → SD-2 → SD-3 → SD-1, één keer,
            bij de koppeling die de kring sluit. Een koppeling van een doelstelling naar
            zichzelf is ook een kring. Koppelingen die een doelstelling noemen die niet
            op de scorekaart staat (bsc/link-unknown), tellen niet mee.
            """,
        ),
        why=_t(
            """
            A strategy map reads from the objectives that lay the foundation, learning
            and processes, up to the results they produce for customers and in the
            finances. In a circle every objective is both cause and effect of the
            others, so the map no longer says where to start or what drives what. A
            circle nearly always means one link was written the wrong way round.
            """,
            """
            Een strategiekaart leest van de doelstellingen die het fundament leggen,
            leren en processen, omhoog naar de resultaten die zij opleveren bij klanten
            en in de financiën. In een kring is elke doelstelling zowel oorzaak als
            gevolg van de andere, zodat de kaart niet meer zegt waar je begint en wat
            wat aandrijft. Een kring betekent bijna altijd dat één koppeling de
            verkeerde kant op is geschreven.
            """,
        ),
        fix=_t(
            """
            Remove or turn round the link that goes against the chain of cause and
            effect, usually the one bsc/link-direction also reports:

                links:
                  - [SD-3, SD-1]
                  # - [SD-1, SD-3]    # removed: runs back from the result to its cause
            """,
            """
            Verwijder of draai de koppeling om die tegen de keten van oorzaak en gevolg
            in gaat, meestal dezelfde die ook bsc/link-direction meldt:

                links:
                  - [SD-3, SD-1]
                  # - [SD-1, SD-3]    # geschrapt: loopt terug van resultaat naar oorzaak
            """,
        ),
    ),
    Rule(
        code="bsc/unlinked",
        severity="warning",
        title=_t(
            "An objective is on no link of the strategy map",
            "Een doelstelling zit aan geen enkele koppeling van de strategiekaart",
        ),
        checks=_t(
            """
            When a scorecard has `links:`, reports every objective on it that is
            neither the cause nor the effect of any link, at the objective's entry on
            the scorecard (or its id, when `scope:` brought it in). Links that name an
            objective not on the scorecard do not count. A scorecard without `links:`
            is not checked: it has no strategy map yet.
            """,
            """
            Heeft een scorekaart `links:`, dan meldt de regel elke doelstelling op die
            kaart die in geen enkele koppeling oorzaak of gevolg is, bij de plek van de
            doelstelling op de scorekaart (of bij haar id, als `scope:` haar heeft
            opgenomen). Koppelingen die een doelstelling noemen die niet op de
            scorekaart staat, tellen niet mee. Een scorekaart zonder `links:` wordt niet
            gecontroleerd: die heeft nog geen strategiekaart.
            """,
        ),
        why=_t(
            """
            In a strategy map every objective either drives another objective or is
            driven by one; together they tell how the strategy works. An isolated
            objective does not take part in that story: it may be a pet project that
            does not serve the strategy, or a link that was forgotten. Either way the
            map does not explain why the objective is on the scorecard.
            """,
            """
            In een strategiekaart drijft elke doelstelling een andere aan of wordt zij
            door een andere aangedreven; samen vertellen ze hoe de strategie werkt. Een
            losse doelstelling doet in dat verhaal niet mee: misschien een
            stokpaardje dat de strategie niet dient, misschien een vergeten koppeling.
            Hoe dan ook verklaart de kaart niet waarom de doelstelling op de
            scorekaart staat.
            """,
        ),
        fix=_t(
            """
            Link the objective to the objective it causes or supports:

                links:
                  - [SD-6, SD-4]      # trained bakers → orders on time and complete

            If it has no place in the chain of cause and effect, consider taking it off
            the scorecard.
            """,
            """
            Koppel de doelstelling aan de doelstelling die zij veroorzaakt of
            ondersteunt:

                links:
                  - [SD-6, SD-4]      # opleiding bakkers → orders op tijd en compleet

            Heeft zij geen plaats in de keten van oorzaak en gevolg, overweeg dan haar
            van de scorekaart te halen.
            """,
        ),
    ),
    Rule(
        code="bsc/no-leading",
        severity="warning",
        title=_t(
            "The scorecard has lagging indicators only",
            "De scorekaart heeft alleen naijlende indicatoren",
        ),
        checks=_t(
            """
            Counts the measures of the objectives on a scorecard by their `indicator`.
            When at least one is `lagging` and none is `leading`, the scorecard is
            reported at its id. Measures without `indicator` are not counted either
            way, so a scorecard that classifies none of its measures is not reported.
            """,
            """
            Telt de meetpunten van de doelstellingen op een scorekaart naar hun
            `indicator`. Is er ten minste één `lagging` (naijlend) en geen enkele
            `leading` (voorlopend), dan wordt de scorekaart gemeld bij haar id.
            Meetpunten zonder `indicator` tellen nergens mee, dus een scorekaart die
            geen enkel meetpunt indeelt, wordt niet gemeld.
            """,
        ),
        why=_t(
            """
            Lagging indicators, such as revenue or margin, show the result once the
            period is over; leading indicators, such as on-time delivery or hours of
            training, predict those results while there is still time to steer.
            Financial measures are mostly lagging, and the other perspectives carry the
            leading ones. A good scorecard defines both; with lagging indicators only,
            it reports history and cannot warn in time.
            """,
            """
            Naijlende indicatoren, zoals omzet of marge, laten het resultaat zien als
            de periode voorbij is; voorlopende indicatoren, zoals leverbetrouwbaarheid
            of opleidingsuren, voorspellen die resultaten terwijl er nog tijd is om bij
            te sturen. Financiële meetpunten zijn meestal naijlend; de andere
            perspectieven leveren de voorlopende. Een goede scorekaart heeft beide; met
            alleen naijlende indicatoren beschrijft zij het verleden en kan zij niet op
            tijd waarschuwen.
            """,
        ),
        fix=_t(
            """
            Add a measure that predicts the result, typically in the customer, process
            or learning perspective, and mark it as leading:

                measures:
                  - id: offertes-zakelijk
                    name: Offertes aan zakelijke klanten per maand
                    unit: aantal
                    baseline: 6
                    target: 12
                    direction: increase
                    indicator: leading
            """,
            """
            Voeg een meetpunt toe dat het resultaat voorspelt, meestal in het klant-,
            proces- of leerperspectief, en markeer het als voorlopend:

                measures:
                  - id: offertes-zakelijk
                    name: Offertes aan zakelijke klanten per maand
                    unit: aantal
                    baseline: 6
                    target: 12
                    direction: increase    # of: verhogen
                    indicator: leading     # voorlopend
            """,
        ),
    ),
    Rule(
        code="bsc/unknown-objective",
        severity="error",
        title=_t(
            "The scorecard lists an id that is not an objective",
            "De scorekaart noemt een id die geen doelstelling is",
        ),
        checks=_t(
            """
            Reports each id under a perspective in a scorecard's `perspectives:` that is
            not an objective (goal) of the plan: an id that does not exist, or one that
            belongs to another kind of item, such as an OKR or an OGSM. The closest id
            in the plan is suggested. A perspective key that is not one of the plan's
            perspectives is reported by ref/unknown-perspective instead.
            """,
            """
            Meldt elke id onder een perspectief in `perspectives:` van een scorekaart
            die geen doelstelling (goal) van het plan is: een id die niet bestaat, of
            een id van een ander soort item, zoals een OKR of een OGSM. De best
            passende id in het plan wordt voorgesteld. Een sleutel die geen perspectief
            van het plan is, wordt gemeld door ref/unknown-perspective.
            """,
        ),
        why=_t(
            """
            An id that does not resolve drops out of the scorecard without a trace: the
            perspective looks emptier than intended, the objective's measures are
            missing from the counts and the balance of the scorecard, and links to it
            fail. Usually it is a typing error or a goal that was renamed.
            """,
            """
            Een id die nergens naar verwijst, valt ongemerkt van de scorekaart: het
            perspectief lijkt leger dan bedoeld, de meetpunten van de doelstelling
            ontbreken in de tellingen en in het evenwicht van de scorekaart, en
            koppelingen ernaar lopen vast. Meestal is het een tikfout of een hernoemde
            doelstelling.
            """,
        ),
        fix=_t(
            """
            Correct the id, or add the missing goal to the plan:

                perspectives:
                  customer: [SD-2, SD-3]    # was: SD-03
            """,
            """
            Verbeter de id, of voeg de ontbrekende doelstelling toe aan het plan:

                perspectives:
                  customer: [SD-2, SD-3]    # was: SD-03
            """,
        ),
    ),
    # --------------------------------------------------------------- balance/
    Rule(
        code="balance/missing",
        severity="warning",
        title=_t(
            "A perspective has no objective at all",
            "Een perspectief heeft helemaal geen doelstelling",
        ),
        checks=_t(
            """
            Counts the objectives per perspective in the plan as a whole and in each
            level named in `cover_all` (default: `plan` and `strategic`), and reports
            every perspective of the plan's set that has no objective there. Only
            strategic, department and operational objectives count, each in its own
            `perspective` or, without one, in its parent's. A scope without any
            objective is skipped, and scorecards are left to bsc/empty-perspective.
            The finding for the whole plan points at `balance:` in prestatie.yaml (or
            the start of that file), the one for a level at the first objective of that
            level.
            """,
            """
            Telt de doelstellingen per perspectief in het plan als geheel en in elk
            niveau dat in `cover_all` staat (standaard: `plan` en `strategic`), en meldt
            elk perspectief van het plan dat daar geen enkele doelstelling heeft. Alleen
            strategische, afdelings- en operationele doelstellingen tellen mee, elk in
            het eigen `perspective` of, zonder, in dat van de `parent`. Een bereik
            zonder doelstellingen wordt overgeslagen, en scorekaarten zijn voor
            bsc/empty-perspective. De melding voor het hele plan wijst naar `balance:`
            in prestatie.yaml (of het begin van dat bestand), die voor een niveau naar
            de eerste doelstelling van dat niveau.
            """,
        ),
        why=_t(
            """
            Kaplan and Norton's point is that financial figures alone do not show
            whether an organisation is healthy: customers, internal processes, and
            learning and growth have to be steered as well. The source material warns
            that plans in practice are not balanced but too one-sided. A perspective
            without a single objective in the plan or at the top is the clearest sign
            of that: nobody is held to it, and nothing below can derive from it.
            Departments may specialise, which is why the lower levels are not checked
            by default.
            """,
            """
            De kern van Kaplan en Norton is dat financiële cijfers alleen niet laten
            zien of een organisatie gezond is: ook klanten, interne processen en leren
            en groeien moeten worden gestuurd. Het bronmateriaal waarschuwt dat plannen
            in de praktijk niet in evenwicht zijn maar te eenzijdig. Een perspectief
            zonder één enkele doelstelling in het plan of aan de top is daar het
            duidelijkste teken van: niemand wordt erop aangesproken, en niets
            daaronder kan ervan worden afgeleid. Afdelingen mogen zich specialiseren;
            daarom worden de lagere niveaus standaard niet gecontroleerd.
            """,
        ),
        fix=_t(
            """
            Formulate an objective for the missing perspective, at the strategic level
            so that departments can derive from it:

                id: SD-5
                level: strategic
                parent: mission
                perspective: learning

            To require full coverage on more levels, or fewer, set `cover_all`. The
            balance limits usually sit under `balance:` in prestatie.yaml, but
            `cover_all` goes under `rules:`, and a value there wins over one under
            `balance:`:

                rules:
                  balance/missing: {cover_all: [plan, strategic, department]}

            If the organisation deliberately works without this perspective, choose a
            perspective set that fits, or your own list under `perspectives:`.
            """,
            """
            Formuleer een doelstelling voor het ontbrekende perspectief, op strategisch
            niveau, zodat afdelingen ervan kunnen afleiden:

                id: SD-5
                level: strategic       # of: strategisch
                parent: mission
                perspective: learning  # of: leren

            Wil je op meer of minder niveaus volledige dekking eisen, stel dan
            `cover_all` in. De balansgrenzen staan meestal onder `balance:` in
            prestatie.yaml, maar `cover_all` hoort onder `rules:`, en een waarde daar
            gaat vóór een waarde onder `balance:`:

                rules:
                  balance/missing: {cover_all: [plan, strategic, department]}

            Werkt de organisatie bewust zonder dit perspectief, kies dan een passende
            set perspectieven, of een eigen lijst onder `perspectives:`.
            """,
        ),
        params={"cover_all": ("plan", "strategic")},
    ),
    Rule(
        code="balance/dominant",
        severity="warning",
        title=_t(
            "One perspective holds too much of the weight",
            "Eén perspectief heeft te veel van het gewicht",
        ),
        checks=_t(
            """
            For the plan as a whole, each level and each scorecard, adds up the
            `weight` of the objectives per perspective (1 for an objective without
            `weight`) and reports a perspective whose share of the total is more than
            `max_share` (default 0.5). In the plan and its levels only strategic,
            department and operational objectives count; a scorecard counts the
            objectives on it. Each objective counts in its own `perspective` or,
            without one, in its parent's, on a scorecard too; objectives without a
            perspective are left out. A scope with fewer than `min_objectives` counted
            objectives (default 4) is not judged. Units are shown by `prestatie
            balance` but not judged here. The finding points at `balance:` in
            prestatie.yaml for the plan, at the first objective of a level, and at the
            id of a scorecard.
            """,
            """
            Telt voor het plan als geheel, elk niveau en elke scorekaart het `weight`
            van de doelstellingen per perspectief op (1 voor een doelstelling zonder
            `weight`) en meldt een perspectief waarvan het aandeel in het totaal groter
            is dan `max_share` (standaard 0,5). In het plan en zijn niveaus tellen
            alleen strategische, afdelings- en operationele doelstellingen mee; een
            scorekaart telt de doelstellingen die erop staan. Elke doelstelling telt in
            het eigen `perspective` of, zonder, in dat van de `parent`, ook op een
            scorekaart; doelstellingen zonder perspectief tellen niet mee. Een bereik
            met minder dan `min_objectives` getelde doelstellingen (standaard 4) wordt
            niet beoordeeld. Afdelingen toont `prestatie balance` wel, maar deze regel
            beoordeelt ze niet. De melding wijst voor het plan naar `balance:` in
            prestatie.yaml, voor een niveau naar de eerste doelstelling ervan, en voor
            een scorekaart naar haar id.
            """,
        ),
        why=_t(
            """
            Even with a balanced scorecard in place, managers put most of the weight on
            financial measures (Ittner, Larcker and Meyer, 2003), and the source
            material warns that plans in practice are not balanced but too one-sided.
            Balance is not a 25 %-each quota: a strategy may rightly stress one
            perspective, so the default bound is half of the weight, not a quarter.
            Above it, the other perspectives carry too little weight to be steered on,
            and the plan rewards one kind of result at the expense of the causes that
            produce it.
            """,
            """
            Ook met een balanced scorecard leggen managers het meeste gewicht op
            financiële meetpunten (Ittner, Larcker en Meyer, 2003), en het
            bronmateriaal waarschuwt dat plannen in de praktijk niet in evenwicht zijn
            maar te eenzijdig. Evenwicht is geen quotum van 25 % per perspectief: een
            strategie mag terecht één perspectief benadrukken, dus de standaardgrens is
            de helft van het gewicht, geen kwart. Daarboven hebben de andere
            perspectieven te weinig gewicht om op te sturen, en beloont het plan één
            soort resultaat ten koste van de oorzaken die het voortbrengen.
            """,
        ),
        fix=_t(
            """
            Give the other perspectives more weight: add objectives there, or lower the
            `weight` of the dominant ones:

                weight: 1             # was: 3

            When the emphasis is deliberate, raise the bound. The usual place is
            `balance:` in prestatie.yaml; a setting under `rules:` wins over it, and is
            where `min_objectives` is set:

                balance: {min_share: 0.10, max_share: 0.60}
                rules:
                  balance/dominant: {min_objectives: 6}
            """,
            """
            Geef de andere perspectieven meer gewicht: voeg daar doelstellingen toe, of
            verlaag het `weight` van de dominante:

                weight: 1             # was: 3

            Is de nadruk een bewuste keuze, verhoog dan de grens. De gebruikelijke plek
            is `balance:` in prestatie.yaml; een instelling onder `rules:` gaat daar
            vóór, en daar stel je ook `min_objectives` in:

                balance: {min_share: 0.10, max_share: 0.60}
                rules:
                  balance/dominant: {min_objectives: 6}
            """,
        ),
        params={"max_share": 0.5, "min_objectives": 4},
    ),
    Rule(
        code="balance/underweight",
        severity="warning",
        title=_t(
            "A perspective holds too little of the weight",
            "Een perspectief heeft te weinig van het gewicht",
        ),
        checks=_t(
            """
            In the same scopes as balance/dominant (the plan, each level and each
            scorecard), counted the same way and skipped below the same
            `min_objectives` (set on balance/dominant), reports a perspective that has
            at least one objective but holds less than `min_share` (default 0.1) of the
            weight. A perspective without any objective is reported by balance/missing
            or bsc/empty-perspective instead.
            """,
            """
            Meldt, in dezelfde bereiken als balance/dominant (het plan, elk niveau en
            elke scorekaart), op dezelfde manier geteld en overgeslagen onder dezelfde
            `min_objectives` (in te stellen bij balance/dominant), een perspectief dat
            wel een doelstelling heeft maar minder dan `min_share` (standaard 0,1) van
            het gewicht. Een perspectief zonder doelstelling wordt gemeld door
            balance/missing of bsc/empty-perspective.
            """,
        ),
        why=_t(
            """
            A perspective can be present on paper only: one light objective among many.
            Evaluators tend to ignore measures that are specific to a unit and judge on
            the common ones (Lipe and Salterio, 2000); a perspective with a token share
            fares the same and gets no attention in reviews. Balance is not a 25 %-each
            quota, so the default bound is low; below it the perspective is too small to
            steer on, and the plan is one-sided after all.
            """,
            """
            Een perspectief kan alleen op papier aanwezig zijn: één lichte doelstelling
            tussen vele. Beoordelaars negeren vaak de meetpunten die specifiek zijn voor
            een eenheid en oordelen op de gemeenschappelijke (Lipe en Salterio, 2000);
            een perspectief met een symbolisch aandeel vergaat het net zo, en krijgt in
            voortgangsgesprekken geen aandacht. Evenwicht is geen quotum van 25 % per
            perspectief, dus de standaardgrens is laag; daaronder is het perspectief te
            klein om op te sturen, en is het plan toch eenzijdig.
            """,
        ),
        fix=_t(
            """
            Give the perspective real weight, with a higher `weight` or another
            objective, or decide openly that it does not belong in this scope. To change
            the bound, set `min_share` under `balance:` in prestatie.yaml, the usual
            place; a setting under `rules:` wins over it:

                balance: {min_share: 0.05, max_share: 0.50}
            """,
            """
            Geef het perspectief echt gewicht, met een hoger `weight` of een extra
            doelstelling, of besluit openlijk dat het niet in dit bereik thuishoort. Om
            de grens te wijzigen, zet je `min_share` onder `balance:` in prestatie.yaml,
            de gebruikelijke plek; een instelling onder `rules:` gaat daar vóór:

                balance: {min_share: 0.05, max_share: 0.50}
            """,
        ),
        params={"min_share": 0.1},
    ),
    Rule(
        code="balance/lost-in-cascade",
        severity="warning",
        title=_t(
            "Balance is lost from one level to the next",
            "Het evenwicht gaat verloren van het ene niveau naar het volgende",
        ),
        checks=_t(
            """
            Computes per level the normalised entropy of the perspectives' weight
            shares: E = −Σ s·ln s / ln k over the k perspectives of the plan's set, 1.0
            when the weight is spread evenly and 0.0 when it all sits in one
            perspective. With four perspectives, shares of 40, 30, 20 and 10 % give
            0.92; three equal perspectives and an empty fourth give 0.79. A level is
            balanced when E is at least `min_entropy` (default 0.8). Going down the
            levels in use (strategic, department, operational, in the order of
            `levels:`), the rule reports two consecutive levels of which one is
            balanced and the other not: balance lost on the way down at the first
            objective of the lower level, a one-sided level above a balanced one at the
            first objective of the upper level. The same comparison is made per unit,
            between its department objectives and its operational objectives with
            exactly the same `unit` (sub-units are not included); those findings name
            the unit.
            """,
            """
            Berekent per niveau de genormaliseerde entropie van de gewichtsaandelen van
            de perspectieven: E = −Σ s·ln s / ln k over de k perspectieven van het plan,
            1,0 als het gewicht gelijk verdeeld is en 0,0 als het allemaal in één
            perspectief zit. Bij vier perspectieven geven aandelen van 40, 30, 20 en
            10 % een 0,92; drie gelijke perspectieven en een leeg vierde een 0,79. Een
            niveau is in evenwicht als E ten minste `min_entropy` is (standaard 0,8).
            De regel loopt de gebruikte niveaus van boven naar beneden af (strategisch,
            afdeling, operationeel, in de volgorde van `levels:`) en meldt twee
            opeenvolgende niveaus waarvan het ene in evenwicht is en het andere niet:
            evenwicht dat naar beneden toe verloren gaat bij de eerste doelstelling van
            het lagere niveau, een eenzijdig niveau boven een evenwichtig niveau bij de
            eerste doelstelling van het hogere. Dezelfde vergelijking wordt per
            afdeling gemaakt, tussen haar afdelingsdoelstellingen en de operationele
            doelstellingen met precies dezelfde `unit` (onderdelen tellen niet mee);
            die meldingen noemen de afdeling.
            """,
        ),
        why=_t(
            """
            A balanced strategic level means little when the departments translate only
            its financial objectives and the operational teams only the process ones:
            the balance at the top is lost on the way down, and nobody below works on
            the other perspectives. The source material warns that plans in practice
            are not balanced but too one-sided, and the cascade is where that happens
            unnoticed. The reverse, a one-sided level above a balanced one, means the
            level below pursues perspectives that do not derive from the level above.
            """,
            """
            Een strategisch niveau in evenwicht zegt weinig als de afdelingen alleen de
            financiële doelstellingen vertalen en de operationele teams alleen de
            procesdoelstellingen: het evenwicht aan de top gaat onderweg naar beneden
            verloren, en niemand lager in de organisatie werkt aan de andere
            perspectieven. Het bronmateriaal waarschuwt dat plannen in de praktijk niet
            in evenwicht zijn maar te eenzijdig, en in de cascade gebeurt dat
            ongemerkt. Het omgekeerde, een eenzijdig niveau boven een evenwichtig
            niveau, betekent dat het lagere niveau perspectieven nastreeft die niet van
            het niveau erboven zijn afgeleid.
            """,
        ),
        fix=_t(
            """
            Let each perspective of the level above return in the goals derived from
            it; when the level below is the balanced one, check the `parent` of its
            goals. To change the bound, set `min_entropy` under `rules:`, which wins
            over a value under `balance:` in prestatie.yaml, the usual place for the
            share limits:

                rules:
                  balance/lost-in-cascade: {min_entropy: 0.7}
            """,
            """
            Laat elk perspectief van het niveau erboven terugkomen in de doelstellingen
            die ervan zijn afgeleid; is juist het lagere niveau in evenwicht,
            controleer dan de `parent` van zijn doelstellingen. Om de grens te
            wijzigen, zet je `min_entropy` onder `rules:`; dat gaat vóór een waarde
            onder `balance:` in prestatie.yaml, de gebruikelijke plek voor de
            aandeelgrenzen:

                rules:
                  balance/lost-in-cascade: {min_entropy: 0.7}
            """,
        ),
        params={"min_entropy": 0.8},
    ),
    # ------------------------------------------------------------------ swot/
    Rule(
        code="swot/unknown-item",
        severity="warning",
        title=_t(
            "A reference names a SWOT item that does not exist",
            "Een verwijzing noemt een SWOT-punt dat niet bestaat",
        ),
        checks=_t(
            """
            Compares every reference into the SWOT analysis with its items: the ids
            in a goal's `addresses` list (strengths, weaknesses, opportunities, threats
            or strategic options), the rows and columns of the confrontation matrix,
            and the `items` of each strategic option. An unknown id is reported with
            the closest existing one. A matrix row must be a strength or weakness and a
            column an opportunity or threat; an id of the other kind is reported too.
            The rule only runs when the plan has a `kind: analysis` document.
            """,
            """
            Vergelijkt elke verwijzing naar de SWOT-analyse met de punten daarin: de ids
            in de lijst `addresses` van een doelstelling (sterkten, zwakten, kansen,
            bedreigingen of strategische opties), de rijen en kolommen van de
            confrontatiematrix, en de `items` van elke strategische optie. Een onbekende
            id wordt gemeld met de best passende bestaande. Een rij van de matrix moet
            een sterkte of zwakte zijn en een kolom een kans of bedreiging; een id van
            de andere soort wordt ook gemeld. De regel werkt alleen als het plan een
            document met `kind: analysis` heeft.
            """,
        ),
        why=_t(
            """
            Strategic objectives should show which outcomes of the strategic analysis
            they answer; that is how the management team checks that every key weakness
            and threat has a response. A link to an item that does not exist breaks that
            trail, and the item that was meant may look unaddressed.
            """,
            """
            Strategische doelstellingen horen te laten zien op welke uitkomsten van de
            strategische analyse zij een antwoord zijn; zo toetst het MT of elke
            belangrijke zwakte en bedreiging een antwoord heeft. Een verwijzing naar een
            punt dat niet bestaat, breekt dat spoor, en het bedoelde punt lijkt dan
            onbeantwoord.
            """,
        ),
        fix=_t(
            """
            Use the id from the SWOT analysis, or add the missing item there. In the
            matrix, strengths and weaknesses are the rows:

                addresses: [O1, W2]      # ids from swot: in the analysis document
                confrontation: {S1: {O1: 2}, W2: {T1: -1}}
            """,
            """
            Gebruik de id uit de SWOT-analyse, of voeg het ontbrekende punt daar toe. In
            de matrix zijn de sterkten en zwakten de rijen:

                addresses: [O1, W2]      # ids uit swot: in het analysedocument
                confrontation: {S1: {O1: 2}, W2: {T1: -1}}
            """,
        ),
    ),
    Rule(
        code="swot/unaddressed",
        severity="warning",
        title=_t(
            "No strategic objective addresses this weakness or threat",
            "Geen strategische doelstelling pakt deze zwakte of bedreiging op",
        ),
        checks=_t(
            """
            Collects the SWOT items that strategic objectives name under `addresses:`,
            directly or through a strategic option they address (which counts for every
            item the option combines), and reports each weakness and threat that none of
            them names. An opportunity that no strategic objective addresses is reported
            as info. Only objectives at the strategic level count: they are the
            strategy's answer to the analysis. A lower objective that names the item is
            mentioned in the hint but does not cover it. Strengths are not reported.
            """,
            """
            Verzamelt de SWOT-punten die strategische doelstellingen onder `addresses:`
            noemen, rechtstreeks of via een strategische optie die ze oppakken (die telt
            voor elk punt dat de optie combineert), en meldt elke zwakte en bedreiging
            die geen van hen noemt. Een kans die geen strategische doelstelling oppakt,
            wordt als info gemeld. Alleen doelstellingen op strategisch niveau tellen:
            zij zijn het antwoord van de strategie op de analyse. Een lagere
            doelstelling die het punt noemt, staat in de tip maar dekt het niet af.
            Sterkten worden niet gemeld.
            """,
        ),
        why=_t(
            """
            The SWOT analysis exists to drive choices. A weakness or threat without a
            response is a risk the management team has identified and then left alone,
            and it is the first question a supervisory board asks about the plan. An
            opportunity left unused may be a deliberate choice, so it is only mentioned.
            """,
            """
            De SWOT-analyse is er om keuzes te sturen. Een zwakte of bedreiging zonder
            antwoord is een risico dat het MT heeft gezien en daarna heeft laten liggen,
            en het is de eerste vraag die een raad van toezicht over het plan stelt. Een
            kans die niet wordt benut, kan een bewuste keuze zijn; die wordt daarom
            alleen vermeld.
            """,
        ),
        fix=_t(
            """
            Name the item in the strategic objective that answers it, or let that
            objective address a strategic option that combines it:

                addresses: [W3, T3]      # in the strategic objective

            When the item deliberately gets no response, say so on the item itself:

                - {id: T5, text: Nieuwe wetgeving, ignore: [swot/unaddressed]}
            """,
            """
            Noem het punt in de strategische doelstelling die er het antwoord op is, of
            laat die doelstelling een strategische optie oppakken die het punt
            combineert:

                addresses: [W3, T3]      # in de strategische doelstelling

            Krijgt het punt bewust geen antwoord, zet dat dan bij het punt zelf:

                - {id: T5, text: Nieuwe wetgeving, ignore: [swot/unaddressed]}
            """,
        ),
    ),
    Rule(
        code="swot/score-range",
        severity="error",
        title=_t(
            "A confrontation score lies outside -2..+2",
            "Een score in de confrontatiematrix ligt buiten -2..+2",
        ),
        checks=_t(
            """
            Every cell of the confrontation matrix (`confrontation:` in the SWOT
            analysis) must be a whole number from -2 to +2: +2 when the strength or
            weakness strongly helps to use the opportunity or counter the threat, -2
            when it strongly stands in the way, 0 when the pair does not matter. A score
            outside that range is reported at the value and left out of the row and
            column totals and the quadrant sums.
            """,
            """
            Elke cel van de confrontatiematrix (`confrontation:` in de SWOT-analyse)
            moet een geheel getal van -2 tot +2 zijn: +2 als de sterkte of zwakte sterk
            helpt om de kans te benutten of de bedreiging te pareren, -2 als ze sterk in
            de weg staat, 0 als het paar er niet toe doet. Een score buiten dat bereik
            wordt gemeld bij de waarde en telt niet mee in de rij- en kolomtotalen en de
            kwadrantsommen.
            """,
        ),
        why=_t(
            """
            Totals and quadrant sums can only be compared when every cell uses the same
            scale. One 5 among twos decides the key items on its own, and the matrix
            then ranks a typing error instead of the strategy.
            """,
            """
            Totalen en kwadrantsommen zijn alleen vergelijkbaar als elke cel dezelfde
            schaal gebruikt. Eén 5 tussen tweeën bepaalt in zijn eentje de
            hoofdpunten, en de matrix rangschikt dan een tikfout in plaats van de
            strategie.
            """,
        ),
        fix=_t(
            """
            Score the pair again on the five-point scale; leave a pair out (or write 0)
            when it does not matter:

                confrontation:
                  S1: {O1: 2, T2: 1}
                  W1: {O1: -2}
            """,
            """
            Scoor het paar opnieuw op de vijfpuntsschaal; laat een paar weg (of schrijf
            0) als het er niet toe doet:

                confrontation:
                  S1: {O1: 2, T2: 1}
                  W1: {O1: -2}
            """,
        ),
    ),
    Rule(
        code="swot/too-many",
        severity="warning",
        title=_t(
            "A SWOT list holds more items than the limit",
            "Een SWOT-lijst heeft meer punten dan het maximum",
        ),
        checks=_t(
            """
            Counts the strengths, weaknesses, opportunities and threats, over all
            analysis documents of the plan, and reports a list that holds more than
            `max_items` items (default 5), at the first item beyond the limit.
            """,
            """
            Telt de sterkten, zwakten, kansen en bedreigingen, over alle
            analysedocumenten van het plan, en meldt een lijst met meer dan `max_items`
            punten (standaard 5), bij het eerste punt boven het maximum.
            """,
        ),
        why=_t(
            """
            Practitioners advise keeping each list to about the five items that matter
            most. A long list spreads the confrontation matrix thin, hides the key
            issues among minor ones, and cannot be answered by a handful of strategic
            objectives.
            """,
            """
            De praktijk raadt aan elke lijst te beperken tot ongeveer de vijf punten die
            het zwaarst wegen. Een lange lijst maakt de confrontatiematrix dun,
            verstopt de hoofdpunten tussen bijzaken, en is met een handvol strategische
            doelstellingen niet te beantwoorden.
            """,
        ),
        fix=_t(
            """
            Keep the items that matter most (`rank:` helps to choose) and move the rest
            to a note, or set another limit for this plan in prestatie.yaml:

                rules:
                  swot/too-many: {max_items: 7}
            """,
            """
            Houd de punten die het zwaarst wegen (`rank:` helpt bij het kiezen) en zet
            de rest in een toelichting, of stel voor dit plan een ander maximum in
            prestatie.yaml in:

                rules:
                  swot/too-many: {max_items: 7}
            """,
        ),
        params={"max_items": 5},
    ),
    # ---------------------------------------------------------------- porter/
    Rule(
        code="porter/stuck-in-the-middle",
        severity="warning",
        title=_t(
            "The plan declares more than one generic strategy",
            "Het plan kiest meer dan één generieke strategie",
        ),
        checks=_t(
            """
            Reads `generic_strategy` in the Porter analysis (one value or a list, over
            all analysis documents of the plan) and reports when more than one of
            cost-leadership, differentiation and focus is declared. The Dutch words
            (kostenleiderschap, differentiatie) count as their English form.
            """,
            """
            Leest `generic_strategy` in de Porter-analyse (één waarde of een lijst, over
            alle analysedocumenten van het plan) en meldt het als meer dan één van
            kostenleiderschap, differentiatie en focus is gekozen. De Engelse en
            Nederlandse woorden tellen als dezelfde strategie.
            """,
        ),
        why=_t(
            """
            Porter warns that a company that pursues cost leadership and differentiation
            at once ends up 'stuck in the middle': too expensive for buyers who look at
            price, too ordinary for customers who pay for distinction. The objectives
            that follow from a mixed choice pull in opposite directions.
            """,
            """
            Porter waarschuwt dat een bedrijf dat tegelijk kostenleiderschap en
            differentiatie nastreeft, 'stuck in the middle' raakt: te duur voor kopers
            die op prijs letten, te gewoon voor klanten die voor onderscheid betalen. De
            doelstellingen die uit een gemengde keuze volgen, trekken elk een andere
            kant op.
            """,
        ),
        fix=_t(
            """
            Choose one. A focus on a niche is `focus`, with `focus_type` saying whether
            it competes on cost or on differentiation:

                porter:
                  generic_strategy: focus
                  focus_type: differentiation
            """,
            """
            Kies er één. Een focus op een niche is `focus`, met `focus_type` voor de
            vraag of die concurreert op kosten of op onderscheid:

                porter:
                  generic_strategy: focus
                  focus_type: differentiation
            """,
        ),
    ),
    Rule(
        code="porter/incomplete",
        severity="warning",
        title=_t(
            "Porter's five forces are not all assessed",
            "Niet alle vijf krachten van Porter zijn beoordeeld",
        ),
        checks=_t(
            """
            When the plan has a Porter analysis (`porter:` in a `kind: analysis`
            document), checks that `forces` holds all five forces (rivalry,
            new_entrants, substitutes, buyer_power and supplier_power) and that each has
            a `pressure`: low, medium or high (laag, gemiddeld, hoog). The missing forces
            are reported together; a force without pressure is reported at its key.
            """,
            """
            Heeft het plan een Porter-analyse (`porter:` in een document met `kind:
            analysis`), dan controleert de regel dat `forces` alle vijf krachten bevat
            (rivalry, new_entrants, substitutes, buyer_power en supplier_power) en dat
            elke kracht een `pressure` heeft: low, medium of high (laag, gemiddeld,
            hoog). Ontbrekende krachten worden samen gemeld; een kracht zonder druk bij
            haar eigen sleutel.
            """,
        ),
        why=_t(
            """
            The five forces are read together: the pressure of one explains the others,
            and the force that is left out is usually the one nobody wanted to look at.
            A missing force also leaves a gap in the analysis handed to the management
            team.
            """,
            """
            De vijf krachten worden in samenhang gelezen: de druk van de ene verklaart
            de andere, en de kracht die ontbreekt, is meestal de kracht waar niemand naar
            wilde kijken. Een ontbrekende kracht laat bovendien een gat in de analyse
            die het MT krijgt.
            """,
        ),
        fix=_t(
            """
            Add the missing forces, each with its pressure and a note:

                forces:
                  substitutes: {pressure: high, note: Bake-off bread and ready-made lunches}
                  supplier_power: {pressure: medium, note: Two large flour mills}
            """,
            """
            Voeg de ontbrekende krachten toe, elk met de druk en een toelichting:

                forces:
                  substitutes: {pressure: hoog, note: Bake-off-brood en kant-en-klare lunches}
                  supplier_power: {pressure: gemiddeld, note: Twee grote meelleveranciers}
            """,
        ),
    ),
    # ---------------------------------------------------------------- config/
    Rule(
        code="config/unknown-rule",
        severity="warning",
        title=_t(
            "prestatie.yaml names a rule that does not exist",
            "prestatie.yaml noemt een regel die niet bestaat",
        ),
        checks=_t(
            """
            Checks every code under `rules:` in prestatie.yaml against the rules that
            `prestatie explain` knows. An unknown code is reported at its key, with the
            closest existing code as a suggestion.
            """,
            """
            Controleert elke code onder `rules:` in prestatie.yaml tegen de regels die
            `prestatie explain` kent. Een onbekende code wordt gemeld op de plek van de
            sleutel, met de best passende bestaande code als suggestie.
            """,
        ),
        why=_t(
            """
            A misspelt code has no effect: `smart/no-ownr: error` leaves the rule at its
            default, and the team believes a check is enforced that is not. The same
            happens when a rule is renamed between versions of prestatie.
            """,
            """
            Een verkeerd gespelde code heeft geen effect: `smart/no-ownr: error` laat de
            regel op zijn standaardinstelling staan, en het team denkt dat er een
            controle wordt afgedwongen die er niet is. Hetzelfde gebeurt als een regel
            tussen twee versies van prestatie een andere naam krijgt.
            """,
        ),
        fix=_t(
            """
            Correct the code to the suggestion, or remove the entry:

                rules:
                  smart/no-owner: error     # was: smart/no-ownr
            """,
            """
            Verbeter de code naar de suggestie, of haal de regel weg:

                rules:
                  smart/no-owner: error     # was: smart/no-ownr
            """,
        ),
    ),
)


def _family_rank(rule: Rule) -> tuple[int, str, str]:
    family = rule.family
    rank = _FAMILY_ORDER.index(family) if family in _FAMILY_ORDER else len(_FAMILY_ORDER)
    return (rank, family, rule.code)


def _index(rules: Iterable[Rule]) -> Mapping[str, Rule]:
    table: dict[str, Rule] = {}
    for rule in sorted(rules, key=_family_rank):
        if rule.code in table:
            raise ValueError(f"rule code {rule.code!r} is defined twice")
        table[rule.code] = rule
    return MappingProxyType(table)


RULES: Mapping[str, Rule] = _index(_ALL)
"""Every rule by code, ordered by family (in checking order) and then by code."""

# Words that make a goal title vague when no number accompanies them. Lowercase;
# smart/vague matches them as whole words. Directional verbs (verhogen, reduce) are
# included on purpose: "Kosten verlagen" is vague, "Kosten verlagen met 8 %" is not.
VAGUE_WORDS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "nl": (
            "aanscherpen",
            "bevorderen",
            "bijdragen",
            "borgen",
            "faciliteren",
            "intensiveren",
            "maximaliseren",
            "minimaliseren",
            "moderniseren",
            "ondersteunen",
            "optimalisatie",
            "optimaliseren",
            "professionalisering",
            "professionaliseren",
            "reduceren",
            "stimuleren",
            "stroomlijnen",
            "terugdringen",
            "verbeteren",
            "verbetering",
            "verbreden",
            "verdiepen",
            "verduurzamen",
            "vergroten",
            "verhogen",
            "verlagen",
            "verminderen",
            "versterken",
            "versterking",
            "verstevigen",
        ),
        "en": (
            "advance",
            "better",
            "boost",
            "broaden",
            "decrease",
            "deepen",
            "drive",
            "encourage",
            "enhance",
            "ensure",
            "expand",
            "facilitate",
            "foster",
            "improve",
            "improvement",
            "increase",
            "leverage",
            "maximise",
            "maximize",
            "minimise",
            "minimize",
            "modernise",
            "modernize",
            "optimise",
            "optimize",
            "promote",
            "reduce",
            "stimulate",
            "streamline",
            "strengthen",
            "support",
        ),
    }
)


def get(code: str) -> Rule | None:
    """Return the rule with this code, or ``None`` when no such rule exists."""
    return RULES.get(code.strip().lower())


def families() -> list[str]:
    """Return the rule families (``yaml``, ``schema``, ...) in catalogue order."""
    return list(dict.fromkeys(rule.family for rule in RULES.values()))
