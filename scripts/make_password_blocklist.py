#!/usr/bin/env python3
"""Generate ``resources/wordlists/common-passwords.txt``, the blocklist of common passwords.

No public list is downloaded: the build must stay reproducible offline and the licence of
leaked-password dumps is unclear. Instead the list is built from what people actually choose
(see the ANSSI and CNIL awareness material, and the well-known yearly "top passwords"
rankings): a set of bases (keyboard walks, digit runs, first names, French cities, football
clubs, pet names, endearments, words of the job itself) crossed with the decorations people
add to pass a complexity rule (``1``, ``123``, ``!``, a year, a département number).

The output is lowercase ASCII without accents, because the checker compares case- and
accent-insensitively. Run ``python scripts/make_password_blocklist.py`` after editing; the
output is deterministic (same input, same bytes), so the diff shows exactly what changed.
"""

from __future__ import annotations

import argparse
import sys
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUTPUT = ROOT / "resources" / "wordlists" / "common-passwords.txt"

# Most common bases: they get every decoration. Order is roughly by popularity.
TOP_BASES = """
123456 123456789 azerty 12345678 password motdepasse 1234567 12345 qwerty 111111 000000
1234567890 123123 azertyuiop soleil doudou loulou marseille chouchou bonjour jetaime
princesse iloveyou amour paris nicolas julien camille thomas alexandre marine chocolat
caramel doudoune bisous mamour cheri cherie famille maman papa coucou toto titi
loveyou football psg olympique lyon toulouse nice nantes bordeaux lille
admin welcome monkey dragon letmein sunshine princess shadow master superman batman
michael jordan pokemon naruto minecraft fortnite samsung apple google facebook instagram
liberte france bebe chaton chat chien lapin tigrou nounours papillon vanille fraise
licorne etoile bonheur vacances secret azer azert qsdfgh qsdfghjklm wxcvbn aqwzsx
1q2w3e4r 1qaz2wsx qwertyuiop asdfgh zxcvbnm abc123 passw0rd mdp jtm jesus
kevin anthony jeremy florian quentin maxime antoine guillaume romain sebastien
laura sarah manon lea chloe emma ines jade louise lucie julie sophie pauline
mohamed karim mehdi yassine bilal rayan sofiane samir youssef amine
lucas hugo louis gabriel leo raphael arthur jules adam nathan enzo mathis theo
missionlocale milo imilo prison justice
"""

# Less common bases: a shorter set of decorations keeps the file at a few thousand lines.
OTHER_BASES = """
654321 666666 121212 112233 159753 147258369 789456123 987654321 0123456789 123321
696969 101010 147258 741852963 258456 159357 7777777 11111111 00000000 112358
azertyu azerty1 azertyqsdf qsdfghjkl azeqsd zqsd azsxdc azerqsdf poiuytreza ytreza
mlkjhgfdsq wxcvbn azertyuiopqsdfghjklmwxcvbn 1a2z3e4r a1z2e3r4 aze123 qwe123
qazwsx zaq12wsx 1q2w3e asdfghjkl qwertz trustno1 freedom whatever hello
hunter buster soccer harley ranger daniel starwars computer michelle jessica pepper
ashley mustang access love summer flower lovely cookie hannah charlie liverpool
chelsea arsenal roblox snapchat tiktok youtube netflix playstation xbox nintendo
matrix ninja test guest root toor changeme default user login unknown internet
ordinateur portable telephone bienvenue merci salut bonsoir cachette jesuis
motdepass mot2passe mdp123 monmotdepasse nouveaumotdepasse pourtoujours toietmoi
forever mamoune mamie papi frere soeur enfant enfants fils fille bebou minou
minette toutou nounou chouquette choupette poupette puce pupuce biche lapinou
titou calinou bichette mimi kiki lolo nono zizou zouzou didou dede juju
cerise banane pomme fraisier citron mangue peche abricot framboise myrtille
ciel lune soleil1 nuage mer ocean plage montagne neige printemps ete automne hiver
egalite fraternite republique marianne bleublancrouge allezlesbleus
lyon69 paris75 marseille13 lille59 bordeaux33 nantes44 toulouse31
strasbourg montpellier rennes reims toulon grenoble dijon angers nimes brest limoges
tours amiens metz perpignan besancon orleans rouen caen nancy mulhouse argenteuil
montreuil roubaix tourcoing avignon poitiers pau calais lorient bayonne ajaccio
bastia corse bretagne normandie alsace provence savoie guadeloupe martinique guyane
reunion mayotte cayenne saintdenis bobigny creteil nanterre versailles evry cergy
meaux marseillais parisien
om ol asse losc allezlom allezparis olympiquedemarseille parissaintgermain
zidane mbappe benzema griezmann ronaldo messi neymar foot basket rugby tennis
jul pnl ninho nekfeu booba soprano
marie jean pierre michel andre philippe alain christophe patrick bernard
david laurent stephane frederic olivier eric francois pascal vincent mathieu
clement killian dylan axel matteo sacha ethan liam paul victor martin baptiste
benjamin samuel simon valentin ryan noah tom ali ahmed ibrahim moussa mamadou nabil
ilyes mohammed
nathalie isabelle sandrine celine christine catherine sylvie valerie stephanie
aurelie emilie alice lina rose ambre anna mila julia zoe clara lola juliette eva
charlotte marion melanie elodie audrey jennifer jessica cindy vanessa caroline
claire anais oceane mathilde margaux morgane justine amandine laetitia virginie
karine nadia fatima sonia yasmine sabrina samira leila amina aicha nora myriam
kenza imane sara maeva lou nina romane agathe jeanne adele victoire eloise
mission locale jeune jeunes jeunesse detention detenu penitentiaire spip
conseiller conseillere dedans dehors dedansdehors insertion emploi francetravail
poleemploi travail formation accompagnement garantiejeunes
"""

TOP_DECORATIONS = (
    "",
    "1",
    "12",
    "123",
    "1234",
    "12345",
    "123456",
    "!",
    "!!",
    "1!",
    "12!",
    "123!",
    "*",
    "01",
    "13",
    "69",
    "75",
    "93",
    "2022",
    "2023",
    "2024",
    "2025",
    "2026",
)
OTHER_DECORATIONS = ("", "1", "123", "!", "123!", "2024")

# Walks along French and US keyboard rows, typed forwards and backwards.
KEYBOARD_ROWS = (
    "azertyuiop",
    "qsdfghjklm",
    "wxcvbn",
    "qwertyuiop",
    "asdfghjkl",
    "zxcvbnm",
    "1234567890",
    "&e\"'(-e_ca",
)


def fold(text: str) -> str:
    """Lowercase without accents: the form the checker compares with."""
    decomposed = unicodedata.normalize("NFD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def decorated(bases: Iterable[str], decorations: Iterable[str]) -> Iterator[str]:
    decorations = tuple(decorations)
    for base in bases:
        for decoration in decorations:
            yield base + decoration


def digit_patterns() -> Iterator[str]:
    for digit in "0123456789":
        for length in range(4, 13):
            yield digit * length
    digits = "0123456789" * 2
    for start in range(10):
        for length in range(4, 11):
            run = digits[start : start + length]
            yield run
            yield run[::-1]
    for year in range(1940, 2036):
        yield str(year)


def keyboard_walks() -> Iterator[str]:
    for row in KEYBOARD_ROWS:
        for length in range(4, len(row) + 1):
            yield row[:length]
            yield row[:length][::-1]


def generate() -> list[str]:
    seen: set[str] = set()
    ordered: list[str] = []
    sources: list[Iterable[str]] = [
        decorated(TOP_BASES.split(), TOP_DECORATIONS),
        digit_patterns(),
        keyboard_walks(),
        decorated(OTHER_BASES.split(), OTHER_DECORATIONS),
    ]
    for source in sources:
        for entry in source:
            entry = fold(entry)
            if entry and entry not in seen:
                seen.add(entry)
                ordered.append(entry)
    return ordered


def render(entries: list[str]) -> str:
    header = (
        "# Mots de passe courants refusés par Dedans-Dehors Desktop.\n"
        "# Fichier généré par scripts/make_password_blocklist.py : ne pas modifier à la main.\n"
        "# Minuscules sans accents ; la comparaison ignore la casse et les accents.\n"
    )
    return header + "".join(entry + "\n" for entry in entries)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--output", type=Path, default=OUTPUT)
    parser.add_argument(
        "--check", action="store_true", help="fail if the file on disk is not up to date"
    )
    args = parser.parse_args(argv)
    text = render(generate())
    output: Path = args.output
    if args.check:
        current = output.read_text(encoding="utf-8") if output.exists() else ""
        if current != text:
            print(f"{output} n'est pas à jour : relancez ce script.", file=sys.stderr)
            return 1
        return 0
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(text, encoding="utf-8", newline="\n")
    print(f"{len(text.splitlines()) - 3} entrées écrites dans {output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
