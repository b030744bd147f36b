<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
    <context>
        <name>AboutDialog</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/shell/about_dialog.py" line="28" />
            <location filename="../../src/dedans_dehors_desktop/gui/shell/about_dialog.py" line="37" />
            <source>À propos</source>
            <translation>About</translation>
        </message>
    </context>
    <context>
        <name>ActionRow</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/interview.py" line="83" />
            <source>Action à faire</source>
            <translation>Action to take</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/interview.py" line="114" />
            <source>Cette étape ne sera pas imprimée telle quelle sur le récapitulatif du jeune : {raisons}.</source>
            <translation>This step will not print as it is on the young person's summary: {raisons}.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/interview.py" line="78" />
            <source>Qui fait l'action</source>
            <translation>Who takes the action</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/interview.py" line="82" />
            <source>Quoi (ex. : rassembler les pièces d'identité)</source>
            <translation>What (e.g. gather the identity documents)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/interview.py" line="87" />
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/interview.py" line="88" />
            <source>Retirer cette action</source>
            <translation>Remove this action</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/interview.py" line="85" />
            <source>Échéance de l'action</source>
            <translation>Deadline of the action</translation>
        </message>
    </context>
    <context>
        <name>Affichage</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/widgets/formatting.py" line="113" />
            <source>(données structurées)</source>
            <translation>(structured data)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/widgets/formatting.py" line="111" />
            <source>(fiche supprimée ou inconnue)</source>
            <translation>(deleted or unknown record)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/widgets/formatting.py" line="77" />
            <source>Non</source>
            <translation>No</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/widgets/formatting.py" line="77" />
            <source>Oui</source>
            <translation>Yes</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/widgets/formatting.py" line="60" />
            <source>aujourd'hui</source>
            <translation>today</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/widgets/formatting.py" line="61" />
            <source>{jour} à {heure}</source>
            <translation>{jour} at {heure}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/widgets/formatting.py" line="49" />
            <source>{n} ans</source>
            <translation>{n} years old</translation>
        </message>
    </context>
    <context>
        <name>Annuaires</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/directories.py" line="191" />
            <source>Cette entrée est utilisée par {n} fiche : retirez-la plutôt.</source>
            <translation>This entry is used by {n} record: retire it instead.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/directories.py" line="193" />
            <source>Cette entrée est utilisée par {n} fiches : retirez-la plutôt.</source>
            <translation>This entry is used by {n} records: retire it instead.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/directories.py" line="260" />
            <source>Colonne « nom » absente de la première ligne. Rien n'a été importé.</source>
            <translation>No “nom” column in the first row. Nothing was imported.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/directories.py" line="255" />
            <source>Le fichier est vide. Rien n'a été importé.</source>
            <translation>The file is empty. Nothing was imported.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/directories.py" line="291" />
            <source>Le fichier ne contient aucune ligne à importer. Rien n'a été importé.</source>
            <translation>The file holds no row to import. Nothing was imported.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/directories.py" line="278" />
            <source>Ligne {line} : {error}</source>
            <translation>Row {line}: {error}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/directories.py" line="288" />
            <source>Rien n'a été importé.</source>
            <translation>Nothing was imported.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/directories.py" line="157" />
            <source>« {nom} » existe déjà dans l'annuaire.</source>
            <translation>“{nom}” is already in the directory.</translation>
        </message>
    </context>
    <context>
        <name>AppointmentModel</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/permanence.py" line="54" />
            <source>Heure</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/permanence.py" line="55" />
            <source>Nom</source>
            <translation>Last name</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/permanence.py" line="56" />
            <source>Prénoms</source>
            <translation>First names</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/permanence.py" line="58" />
            <source>Présence</source>
            <translation>Attendance</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/permanence.py" line="57" />
            <source>Type</source>
            <translation>Type</translation>
        </message>
    </context>
    <context>
        <name>ApproveDialog</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/sync_view.py" line="212" />
            <source>Empreinte du bureau :</source>
            <translation>Office fingerprint:</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/sync_view.py" line="209" />
            <source>Empreinte du poste :</source>
            <translation>Computer fingerprint:</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/sync_view.py" line="227" />
            <source>Inscrire et écrire la réponse</source>
            <translation>Enrol and write the reply</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/sync_view.py" line="202" />
            <source>Inscrire un poste</source>
            <translation>Enrol a computer</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/sync_view.py" line="219" />
            <source>J'ai vérifié que l'écran du poste affiche la même empreinte</source>
            <translation>I checked that the computer's screen shows the same fingerprint</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/sync_view.py" line="215" />
            <source>Nom du poste :</source>
            <translation>Computer name:</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/sync_view.py" line="217" />
            <source>Périmètre :</source>
            <translation>Scope:</translation>
        </message>
    </context>
    <context>
        <name>Autocontrôle</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/app_selftest.py" line="308" />
            <source>Autocontrôle de {app} {version}</source>
            <translation>Self-test of {app} {version}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/app_selftest.py" line="317" />
            <source>Autocontrôle en échec : {n} vérification(s) sur {total}.</source>
            <translation>Self-test failed: {n} check(s) out of {total}.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/app_selftest.py" line="323" />
            <source>Autocontrôle réussi : {total} vérifications.</source>
            <translation>Self-test passed: {total} checks.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/app_selftest.py" line="42" />
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/app_selftest.py" line="49" />
            <source>SQLCipher (réglages de sécurité)</source>
            <translation>SQLCipher (security settings)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/app_selftest.py" line="48" />
            <source>SQLCipher (version 4 ou plus)</source>
            <translation>SQLCipher (version 4 or later)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/app_selftest.py" line="139" />
            <source>aucun fichier .qm dans {dossier} (lancez scripts/build_translations.py)</source>
            <translation>no .qm file in {dossier} (run scripts/build_translations.py)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/app_selftest.py" line="80" />
            <location filename="../../src/dedans_dehors_desktop/app_selftest.py" line="284" />
            <source>audit du secret statistique (solveur HiGHS)</source>
            <translation>statistical disclosure audit (HiGHS solver)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/app_selftest.py" line="215" />
            <location filename="../../src/dedans_dehors_desktop/app_selftest.py" line="290" />
            <source>base chiffrée (création, écriture, réouverture)</source>
            <translation>encrypted database (creation, writing, reopening)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/app_selftest.py" line="102" />
            <source>caractères absents de {police} : {car}</source>
            <translation>characters missing from {police}: {car}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/app_selftest.py" line="51" />
            <source>chiffrement post-quantique (ML-KEM, ML-DSA)</source>
            <translation>post-quantum cryptography (ML-KEM, ML-DSA)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/app_selftest.py" line="200" />
            <location filename="../../src/dedans_dehors_desktop/app_selftest.py" line="289" />
            <source>commandes de la ligne de commande</source>
            <translation>command-line commands</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/app_selftest.py" line="279" />
            <source>contrôles de sécurité</source>
            <translation>security checks</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/app_selftest.py" line="261" />
            <source>créée, écrite, rouverte et vérifiée en {duree} s</source>
            <translation>created, written, reopened and checked in {duree} s</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/app_selftest.py" line="255" />
            <source>dossier temporaire non supprimé : {dossier}</source>
            <translation>temporary folder not deleted: {dossier}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/app_selftest.py" line="52" />
            <source>dérivation de clé (Argon2id)</source>
            <translation>key derivation (Argon2id)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/app_selftest.py" line="179" />
            <location filename="../../src/dedans_dehors_desktop/app_selftest.py" line="281" />
            <source>fichiers de l'application</source>
            <translation>application files</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/app_selftest.py" line="153" />
            <source>illisible(s) : {fichiers}</source>
            <translation>unreadable: {fichiers}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/app_selftest.py" line="246" />
            <source>la fiche écrite n'a pas été relue</source>
            <translation>the written record could not be read back</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/app_selftest.py" line="116" />
            <source>la police n'est pas incorporée au PDF</source>
            <translation>the font is not embedded in the PDF</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/app_selftest.py" line="191" />
            <source>manquants : {fichiers}</source>
            <translation>missing: {fichiers}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/app_selftest.py" line="205" />
            <source>modules introuvables</source>
            <translation>modules not found</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/app_selftest.py" line="93" />
            <location filename="../../src/dedans_dehors_desktop/app_selftest.py" line="282" />
            <source>polices des documents imprimés</source>
            <translation>fonts of printed documents</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/app_selftest.py" line="169" />
            <source>qtbase_fr.qm introuvable dans {dossier}</source>
            <translation>qtbase_fr.qm not found in {dossier}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/app_selftest.py" line="50" />
            <source>recherche plein texte (FTS5)</source>
            <translation>full-text search (FTS5)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/app_selftest.py" line="69" />
            <location filename="../../src/dedans_dehors_desktop/app_selftest.py" line="280" />
            <source>suite de chiffrement des échanges</source>
            <translation>cipher suite of the exchanges</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/app_selftest.py" line="162" />
            <location filename="../../src/dedans_dehors_desktop/app_selftest.py" line="288" />
            <source>traductions de Qt (boutons standard)</source>
            <translation>Qt translations (standard buttons)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/app_selftest.py" line="132" />
            <location filename="../../src/dedans_dehors_desktop/app_selftest.py" line="287" />
            <source>traductions de l'interface</source>
            <translation>interface translations</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/app_selftest.py" line="120" />
            <source>{regular}, {bold} ; PDF de test de {n} octets</source>
            <translation>{regular}, {bold}; test PDF of {n} bytes</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/app_selftest.py" line="42" />
            <source>ÉCHEC</source>
            <translation>FAILED</translation>
        </message>
    </context>
    <context>
        <name>BookingDialog</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/booking_dialog.py" line="139" />
            <source>Cette permanence n'a pas de date à venir.</source>
            <translation>This drop-in session has no upcoming date.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/booking_dialog.py" line="137" />
            <source>Choisissez un jeune et une permanence.</source>
            <translation>Choose a young person and a drop-in session.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/booking_dialog.py" line="84" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/booking_dialog.py" line="85" />
            <source>Heure</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/booking_dialog.py" line="88" />
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/booking_dialog.py" line="122" />
            <source>Inscrire</source>
            <translation>Book</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/booking_dialog.py" line="147" />
            <source>Inscrire quand même</source>
            <translation>Book anyway</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/booking_dialog.py" line="47" />
            <source>Inscrire à une permanence</source>
            <translation>Book into a drop-in session</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/booking_dialog.py" line="82" />
            <source>Jeune</source>
            <translation>Young person</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/booking_dialog.py" line="86" />
            <source>Origine</source>
            <translation>Origin</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/booking_dialog.py" line="83" />
            <source>Permanence</source>
            <translation>Drop-in session</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/booking_dialog.py" line="71" />
            <source>hh:mm (facultatif)</source>
            <translation>hh:mm (optional)</translation>
        </message>
    </context>
    <context>
        <name>CaseFilePage</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/case_file.py" line="258" />
            <source>Accompagnement</source>
            <translation>Support</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/case_file.py" line="493" />
            <source>Accompagnements</source>
            <translation>Support programmes</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/case_file.py" line="353" />
            <source>Accords de partage avec le SPIP (fiche de liaison)</source>
            <translation>Consents to share with the probation service (liaison sheet)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/case_file.py" line="529" />
            <source>Actions</source>
            <translation>Actions</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/case_file.py" line="260" />
            <location filename="../../src/dedans_dehors_desktop/gui/pages/case_file.py" line="564" />
            <source>Actualités</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/case_file.py" line="96" />
            <source>Ajouter</source>
            <translation>Add</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/case_file.py" line="98" />
            <source>Ajouter : {quoi}</source>
            <translation>Add: {quoi}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/case_file.py" line="566" />
            <source>Ajouter un contact ou un rendez-vous</source>
            <translation>Add a contact or an appointment</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/case_file.py" line="262" />
            <source>Aménagements</source>
            <translation>Sentence adjustments</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/case_file.py" line="553" />
            <source>Aménagements de peine</source>
            <translation>Sentence adjustments</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/case_file.py" line="625" />
            <source>Après</source>
            <translation>After</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/case_file.py" line="138" />
            <source>Aucune fiche pour l'instant.</source>
            <translation>No record yet.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/case_file.py" line="624" />
            <source>Avant</source>
            <translation>Before</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/case_file.py" line="623" />
            <source>Champ</source>
            <translation>Field</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/case_file.py" line="263" />
            <location filename="../../src/dedans_dehors_desktop/gui/pages/case_file.py" line="348" />
            <source>Consentements</source>
            <translation>Consents</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/case_file.py" line="205" />
            <source>Droit d'accès…</source>
            <translation>Right of access…</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/case_file.py" line="210" />
            <source>Export du droit d'accès</source>
            <translation>Right of access export</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/case_file.py" line="208" />
            <source>Exporter tout ce qui est enregistré sur ce jeune (RGPD, art. 15)</source>
            <translation>Export everything recorded about this young person (GDPR, art. 15)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/case_file.py" line="622" />
            <source>Fiche</source>
            <translation>Record</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/case_file.py" line="216" />
            <source>Fiche SPIP…</source>
            <translation>Probation sheet…</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/case_file.py" line="219" />
            <source>Fiche de liaison SPIP</source>
            <translation>Probation liaison sheet</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/case_file.py" line="218" />
            <source>Fiche de liaison pour le CPIP, avec l'accord du jeune</source>
            <translation>Liaison sheet for the probation officer, with the young person's consent</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/case_file.py" line="572" />
            <source>Fil des actualités</source>
            <translation>Timeline of contacts</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/case_file.py" line="525" />
            <source>Freins</source>
            <translation>Barriers</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/case_file.py" line="264" />
            <source>Historique</source>
            <translation>History</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/case_file.py" line="617" />
            <source>Historique des modifications</source>
            <translation>History of changes</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/case_file.py" line="256" />
            <source>Identité</source>
            <translation>Identity</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/case_file.py" line="411" />
            <source>Identité et contact</source>
            <translation>Identity and contact details</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/case_file.py" line="200" />
            <source>Imprimer le récapitulatif</source>
            <translation>Print the summary</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/case_file.py" line="510" />
            <source>Inscriptions aux permanences</source>
            <translation>Drop-in bookings</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/case_file.py" line="214" />
            <source>Inscrire ce jeune à une permanence</source>
            <translation>Book this young person into a drop-in session</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/case_file.py" line="185" />
            <source>Liste</source>
            <translation>List</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/case_file.py" line="318" />
            <source>Mineur·e</source>
            <translation>Minor</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/case_file.py" line="544" />
            <source>Mode parloir : les aménagements de peine sont masqués.</source>
            <translation>Visiting-room mode: sentence adjustments are hidden.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/case_file.py" line="449" />
            <source>Mode parloir : les informations judiciaires sont masquées.</source>
            <translation>Visiting-room mode: justice information is hidden.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/case_file.py" line="413" />
            <source>Modifier l'identité</source>
            <translation>Edit identity</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/case_file.py" line="427" />
            <source>Modifier le profil</source>
            <translation>Edit profile</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/case_file.py" line="196" />
            <source>Nouvel entretien</source>
            <translation>New interview</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/case_file.py" line="198" />
            <source>Nouvel entretien (Ctrl+N)</source>
            <translation>New interview (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/case_file.py" line="526" />
            <source>Objectifs</source>
            <translation>Goals</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/case_file.py" line="534" />
            <source>Orientations vers un partenaire</source>
            <translation>Referrals to partners</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/case_file.py" line="259" />
            <source>Parcours</source>
            <translation>Pathway</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/case_file.py" line="515" />
            <source>Passages en commission</source>
            <translation>Reviews by the commission</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/case_file.py" line="212" />
            <source>Permanence…</source>
            <translation>Drop-in…</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/case_file.py" line="438" />
            <source>Pièces d'identité</source>
            <translation>Identity documents</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/case_file.py" line="481" />
            <source>Positionnements</source>
            <translation>Referrals</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/case_file.py" line="422" />
            <source>Profil socio-professionnel</source>
            <translation>Socio-professional profile</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/case_file.py" line="454" />
            <source>Période en cours</source>
            <translation>Current period</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/case_file.py" line="461" />
            <source>Périodes de suivi</source>
            <translation>Follow-up periods</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/case_file.py" line="620" />
            <source>Quand</source>
            <translation>When</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/case_file.py" line="621" />
            <source>Qui</source>
            <translation>Who</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/case_file.py" line="244" />
            <source>Reprendre l'entretien</source>
            <translation>Resume the interview</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/case_file.py" line="188" />
            <source>Retour à la liste</source>
            <translation>Back to the list</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/case_file.py" line="187" />
            <source>Retour à la liste (Échap)</source>
            <translation>Back to the list (Esc)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/case_file.py" line="202" />
            <source>Récapitulatif à remettre au jeune (Ctrl+P)</source>
            <translation>Summary to hand to the young person (Ctrl+P)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/case_file.py" line="427" />
            <source>Saisir le profil</source>
            <translation>Enter the profile</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/case_file.py" line="261" />
            <location filename="../../src/dedans_dehors_desktop/gui/pages/case_file.py" line="330" />
            <source>Situations</source>
            <translation>Situations</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/case_file.py" line="257" />
            <source>Suivi judiciaire</source>
            <translation>Justice follow-up</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/case_file.py" line="223" />
            <source>Transférer à une autre Mission Locale</source>
            <translation>Transfer to another Mission Locale</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/case_file.py" line="221" />
            <source>Transférer…</source>
            <translation>Transfer…</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/case_file.py" line="243" />
            <source>Un entretien non enregistré attend dans les brouillons.</source>
            <translation>An unsaved interview is waiting in the drafts.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/case_file.py" line="505" />
            <source>Vérifications d'éligibilité</source>
            <translation>Eligibility checks</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/case_file.py" line="120" />
            <location filename="../../src/dedans_dehors_desktop/gui/pages/case_file.py" line="657" />
            <location filename="../../src/dedans_dehors_desktop/gui/pages/case_file.py" line="660" />
            <source>masqué</source>
            <translation>hidden</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/case_file.py" line="300" />
            <source>né le {date}</source>
            <translation>born on {date}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/case_file.py" line="300" />
            <source>née le {date}</source>
            <translation>born on {date}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/case_file.py" line="301" />
            <source>né·e le {date}</source>
            <translation>born on {date}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/case_file.py" line="304" />
            <source>{age} ans</source>
            <translation>{age} years old</translation>
        </message>
    </context>
    <context>
        <name>Champs</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="452" />
            <source>Accord donné le</source>
            <translation>Consent given on</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="455" />
            <source>Accord retiré le</source>
            <translation>Consent withdrawn on</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="306" />
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="168" />
            <source>Adhérent PLIE</source>
            <translation>PLIE member</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="84" />
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="133" />
            <location filename="../../src/dedans_dehors_desktop/reports/summary_select.py" line="120" />
            <source>Adresse</source>
            <translation>Address</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="166" />
            <source>Année de la liste QPV</source>
            <translation>Year of the QPV list</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="191" />
            <source>Antenne SPIP</source>
            <translation>SPIP office</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="371" />
            <source>Apport de la Mission Locale</source>
            <translation>Mission Locale's contribution</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="192" />
            <source>CPIP référent</source>
            <translation>Probation officer (CPIP)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="338" />
            <source>Catégorie</source>
            <translation>Category</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="479" />
            <source>Commission</source>
            <translation>Commission</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="134" />
            <source>Commune</source>
            <translation>Town</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="82" />
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="193" />
            <source>Contact professionnel du CPIP</source>
            <translation>Probation officer's work contact</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="436" />
            <source>Créneau</source>
            <translation>Slot</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="151" />
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="210" />
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="264" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="169" />
            <source>Date d'adhésion au PLIE</source>
            <translation>PLIE membership date</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="231" />
            <source>Date d'entrée</source>
            <translation>Start date</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="397" />
            <source>Date d'expiration</source>
            <translation>Expiry date</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="181" />
            <source>Date d'écrou</source>
            <translation>Committal date</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="344" />
            <source>Date de début</source>
            <translation>Start date</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="232" />
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="345" />
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="367" />
            <source>Date de fin</source>
            <translation>End date</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="366" />
            <source>Date de la décision</source>
            <translation>Decision date</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="365" />
            <source>Date de la requête</source>
            <translation>Application date</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="130" />
            <source>Date de naissance</source>
            <translation>Date of birth</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="386" />
            <source>Date de retrait</source>
            <translation>Withdrawal date</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="245" />
            <source>Date de vérification</source>
            <translation>Date checked</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="221" />
            <source>Date du premier entretien</source>
            <translation>Date of first interview</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="158" />
            <source>Diplôme le plus élevé</source>
            <translation>Highest diploma</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="220" />
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="230" />
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="244" />
            <source>Dispositif</source>
            <translation>Programme</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="266" />
            <source>Durée (minutes)</source>
            <translation>Duration (minutes)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="414" />
            <source>Début</source>
            <translation>Start</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="484" />
            <source>Décision</source>
            <translation>Decision</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="342" />
            <source>Détail</source>
            <translation>Detail</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="113" />
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="132" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="346" />
            <source>Employeur ou organisme</source>
            <translation>Employer or organisation</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="415" />
            <source>Fin</source>
            <translation>End</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="235" />
            <source>Financeurs</source>
            <translation>Funders</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="265" />
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="438" />
            <source>Heure</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="140" />
            <source>Identifiant France Travail</source>
            <translation>France Travail ID</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="198" />
            <source>Identifiant dans l'établissement</source>
            <translation>Identifier in the establishment</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="162" />
            <source>Inscrit à France Travail</source>
            <translation>Registered with France Travail</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="464" />
            <source>Intitulé</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="62" />
            <source>Jeune</source>
            <translation>Young person</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="413" />
            <source>Jour</source>
            <translation>Day</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="424" />
            <source>Jusqu'au</source>
            <translation>Until</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="454" />
            <source>La note de l'entretien peut être partagée</source>
            <translation>The interview note may be shared</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="99" />
            <source>Le nom révèle le contexte judiciaire</source>
            <translation>The name reveals the justice context</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="183" />
            <source>Levée d'écrou effective</source>
            <translation>Actual release from custody</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="425" />
            <source>Libellé</source>
            <translation>Label</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="182" />
            <source>Libération prévisionnelle</source>
            <translation>Expected release</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="268" />
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="465" />
            <source>Lieu</source>
            <translation>Place</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="274" />
            <source>Lieu indiqué au jeune (récapitulatif)</source>
            <translation>Place as shown to the young person (summary)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="159" />
            <source>Logement</source>
            <translation>Housing</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="178" />
            <source>Milieu</source>
            <translation>Setting</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="325" />
            <source>Motif</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="233" />
            <source>Motif de sortie</source>
            <translation>Exit reason</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="450" />
            <source>Nature de l'élément</source>
            <translation>Kind of item</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="155" />
            <source>Niveau de formation atteint</source>
            <translation>Education level reached</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="68" />
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="80" />
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="98" />
            <source>Nom</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="127" />
            <source>Nom d'usage</source>
            <translation>Usual last name</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="126" />
            <source>Nom de naissance</source>
            <translation>Birth name</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="88" />
            <source>Nom indiqué au jeune (récapitulatif)</source>
            <translation>Name as shown to the young person (summary)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="86" />
            <source>Nom sensible (révèle le contexte judiciaire)</source>
            <translation>Sensitive name (reveals the justice context)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="271" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="387" />
            <source>Notice d'information remise le</source>
            <translation>Information notice given on</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="139" />
            <source>N° i-milo</source>
            <translation>i-milo no.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="296" />
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="305" />
            <source>Objectif</source>
            <translation>Goal</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="214" />
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="439" />
            <source>Origine</source>
            <translation>Origin</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="135" />
            <source>Où joindre le jeune</source>
            <translation>Where to reach the young person</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="308" />
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="323" />
            <source>Partenaire</source>
            <translation>Partner</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="137" />
            <source>Pas de téléphone</source>
            <translation>No phone</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="347" />
            <source>Pendant la détention</source>
            <translation>During detention</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="163" />
            <source>Permis de conduire</source>
            <translation>Driving licence</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="383" />
            <source>Portée</source>
            <translation>Scope</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="218" />
            <source>Prescripteur</source>
            <translation>Referred by</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="111" />
            <source>Prénom</source>
            <translation>First name</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="128" />
            <source>Prénoms</source>
            <translation>First names</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="269" />
            <source>Présence</source>
            <translation>Attendance</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="309" />
            <source>Qui le fait</source>
            <translation>Who does it</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="160" />
            <source>RQTH</source>
            <translation>RQTH (disability recognition)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="385" />
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="453" />
            <source>Recueilli</source>
            <translation>Given</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="138" />
            <source>Refuse les SMS</source>
            <translation>Refuses text messages</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="136" />
            <source>Représentant légal (mineur)</source>
            <translation>Legal guardian (minor)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="161" />
            <source>Ressources</source>
            <translation>Income</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="71" />
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="89" />
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="101" />
            <source>Retiré (plus proposé pour les nouvelles saisies)</source>
            <translation>Retired (no longer offered for new records)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="100" />
            <source>Règles d'éligibilité</source>
            <translation>Eligibility rules</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="141" />
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="234" />
            <source>Référent</source>
            <translation>Caseworker</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="255" />
            <source>Réponses aux critères</source>
            <translation>Answers to the criteria</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="164" />
            <source>Réside en QPV</source>
            <translation>Lives in a priority area (QPV)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="250" />
            <source>Résultat</source>
            <translation>Result</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="129" />
            <source>Sexe</source>
            <translation>Sex</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="285" />
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="483" />
            <source>Situation</source>
            <translation>Situation</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="179" />
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="219" />
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="286" />
            <source>Statut</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="313" />
            <source>Texte pour le jeune (récapitulatif)</source>
            <translation>Wording for the young person (summary)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="284" />
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="295" />
            <source>Thème</source>
            <translation>Theme</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="270" />
            <source>Thèmes</source>
            <translation>Themes</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="419" />
            <source>Toutes les … semaines</source>
            <translation>Every … weeks</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="69" />
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="81" />
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="267" />
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="187" />
            <source>Type de sortie</source>
            <translation>Type of release</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="83" />
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="112" />
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="131" />
            <source>Téléphone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="70" />
            <source>Ville</source>
            <translation>Town</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="246" />
            <source>Vérifiée par</source>
            <translation>Checked by</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="423" />
            <source>À partir du</source>
            <translation>From</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="307" />
            <source>Échéance</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="451" />
            <source>Élément partagé</source>
            <translation>Shared item</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="180" />
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="272" />
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="409" />
            <source>Établissement</source>
            <translation>Establishment</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="364" />
            <source>Étape</source>
            <translation>Stage</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="343" />
            <source>État</source>
            <translation>State</translation>
        </message>
    </context>
    <context>
        <name>ColumnsPage</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/import_wizard.py" line="177" />
            <source>Accompagnements</source>
            <translation>Accompaniments</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/import_wizard.py" line="180" />
            <source>Aménagements</source>
            <translation>Sentence adjustments</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/import_wizard.py" line="157" />
            <source>Colonnes</source>
            <translation>Columns</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/import_wizard.py" line="146" />
            <source>Colonnes reconnues</source>
            <translation>Recognised columns</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/import_wizard.py" line="178" />
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/import_wizard.py" line="157" />
            <source>Feuille</source>
            <translation>Sheet</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/import_wizard.py" line="181" />
            <source>Ignorée</source>
            <translation>Ignored</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/import_wizard.py" line="176" />
            <source>Jeunes</source>
            <translation>Young people</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/import_wizard.py" line="157" />
            <source>Lignes</source>
            <translation>Rows</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/import_wizard.py" line="157" />
            <source>Lue comme</source>
            <translation>Read as</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/import_wizard.py" line="186" />
            <source>Reconnues : {known}</source>
            <translation>Recognised: {known}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/import_wizard.py" line="179" />
            <source>Situations</source>
            <translation>Situations</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/import_wizard.py" line="148" />
            <source>Vérifiez ce qui a été compris. Les colonnes ignorées ne sont pas importées. Une seule ligne refusée et rien n'est importé : corrigez le tableur puis recommencez.</source>
            <translation>Check what was understood. Ignored columns are not imported. A single refused row and nothing is imported: correct the spreadsheet and start again.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/import_wizard.py" line="188" />
            <source>ignorées : {ignored}</source>
            <translation>ignored: {ignored}</translation>
        </message>
    </context>
    <context>
        <name>Commission</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/commission.py" line="50" />
            <source>Cette commission n'existe pas.</source>
            <translation>This commission does not exist.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/commission.py" line="179" />
            <source>Commission : jeunes à examiner</source>
            <translation>Commission: young people to review</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/commission.py" line="183" />
            <source>Décision</source>
            <translation>Decision</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/commission.py" line="183" />
            <source>Jeune</source>
            <translation>Young person</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/commission.py" line="183" />
            <source>Situation</source>
            <translation>Situation</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/commission.py" line="81" />
            <source>dedans</source>
            <translation>inside</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/commission.py" line="81" />
            <source>dehors</source>
            <translation>outside</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/commission.py" line="100" />
            <source>freins : {liste}</source>
            <translation>barriers: {liste}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/commission.py" line="85" />
            <source>sortie prévue le {date}</source>
            <translation>release expected on {date}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/commission.py" line="75" />
            <source>{age} ans</source>
            <translation>{age} years old</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/commission.py" line="188" />
            <source>{n} jeune(s). Document de séance : à détruire après la commission.</source>
            <translation>{n} young person(s). Meeting document: destroy after the commission.</translation>
        </message>
    </context>
    <context>
        <name>CommissionDialog</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/commission_dialog.py" line="60" />
            <source>Ajouter à la liste</source>
            <translation>Add to the list</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/commission_dialog.py" line="213" />
            <source>Choisissez une commission.</source>
            <translation>Choose a commission.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/commission_dialog.py" line="41" />
            <source>Commission</source>
            <translation>Commission</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/commission_dialog.py" line="66" />
            <source>Décision</source>
            <translation>Decision</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/commission_dialog.py" line="221" />
            <source>Enregistrer la liste de la commission</source>
            <translation>Save the commission's list</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/commission_dialog.py" line="82" />
            <source>Enregistrer la liste en PDF…</source>
            <translation>Save the list as PDF…</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/commission_dialog.py" line="80" />
            <source>Enregistrer les décisions</source>
            <translation>Save the decisions</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/commission_dialog.py" line="85" />
            <source>Fermer</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/commission_dialog.py" line="84" />
            <source>Imprimer la liste…</source>
            <translation>Print the list…</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/commission_dialog.py" line="141" />
            <source>Indiquez la date de la commission.</source>
            <translation>Enter the date of the commission.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/commission_dialog.py" line="51" />
            <source>Intitulé (facultatif)</source>
            <translation>Title (optional)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/commission_dialog.py" line="66" />
            <source>Jeune</source>
            <translation>Young person</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/commission_dialog.py" line="177" />
            <source>Non imprimé ({raison}) : {texte}</source>
            <translation>Not printed ({raison}): {texte}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/commission_dialog.py" line="53" />
            <source>Nouvelle commission</source>
            <translation>New commission</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/commission_dialog.py" line="66" />
            <source>Situation</source>
            <translation>Situation</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/commission_dialog.py" line="205" />
            <source>{n} dossier(s) mis à jour.</source>
            <translation>{n} case file(s) updated.</translation>
        </message>
    </context>
    <context>
        <name>Conservation</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/retention.py" line="71" />
            <source>(anonymisé)</source>
            <translation>(anonymised)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/retention.py" line="125" />
            <source>, sauf accompagnement en cours</source>
            <translation>, except while a programme is running</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/retention.py" line="127" />
            <source>, sauf jeunes passés par « {d} »</source>
            <translation>, except youths who were in “{d}”</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/retention.py" line="133" />
            <source>Anonymise : efface {what}.</source>
            <translation>Anonymises: erases {what}.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/retention.py" line="190" />
            <source>Deux règles de conservation portent le même identifiant.</source>
            <translation>Two retention rules have the same identifier.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/retention.py" line="132" />
            <source>Efface tout le dossier.</source>
            <translation>Erases the whole case file.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/retention.py" line="140" />
            <source>Restent : sexe, date de naissance, commune, dates, dispositifs, types et thèmes des contacts, situations — les effectifs des rapports ne changent pas.</source>
            <translation>What stays: sex, birth date, town, dates, programmes, types and themes of contacts, situations — the report figures do not change.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/retention.py" line="139" />
            <source>Rien ne reste : les rapports des années passées perdent ce dossier.</source>
            <translation>Nothing stays: the reports of past years lose this case file.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/retention.py" line="157" />
            <source>Règle de conservation illisible.</source>
            <translation>Unreadable retention rule.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/retention.py" line="208" />
            <source>Règle de conservation inconnue : « {id} ».</source>
            <translation>Unknown retention rule: “{id}”.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/retention.py" line="110" />
            <source>Règle de conservation invalide : « {nom} ».</source>
            <translation>Invalid retention rule: “{nom}”.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/retention.py" line="76" />
            <source>l'identité (noms, prénoms, coordonnées, identifiants, CPIP)</source>
            <translation>the identity (names, first names, contact details, identifiers, probation officer)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/retention.py" line="78" />
            <source>le texte libre (objectifs, actions, motifs, employeurs)</source>
            <translation>the free text (goals, actions, reasons, employers)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/retention.py" line="77" />
            <source>les notes</source>
            <translation>the notes</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/retention.py" line="391" />
            <source>{n} dossier(s) traité(s), {m} fiche(s) effacée(s) ou anonymisée(s).</source>
            <translation>{n} case file(s) processed, {m} record(s) erased or anonymised.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/retention.py" line="122" />
            <source>{years} ans après la dernière activité</source>
            <translation>{years} years after the last activity</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/retention.py" line="119" />
            <source>{years} ans après la fin du dispositif « {d} »</source>
            <translation>{years} years after the end of the programme “{d}”</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/retention.py" line="116" />
            <source>{years} ans après le {age}e anniversaire</source>
            <translation>{years} years after the {age}th birthday</translation>
        </message>
    </context>
    <context>
        <name>CreationPage</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/lock/setup_wizard.py" line="191" />
            <source>Création de la base chiffrée</source>
            <translation>Creating the encrypted database</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/lock/setup_wizard.py" line="220" />
            <source>La base est prête. Cliquez sur « Terminer » pour commencer.</source>
            <translation>The database is ready. Click “Finish” to start.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/lock/setup_wizard.py" line="226" />
            <source>Revenez en arrière pour corriger.</source>
            <translation>Go back to correct it.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/lock/setup_wizard.py" line="212" />
            <source>Réglage de la protection (environ une seconde)…</source>
            <translation>Tuning the protection (about a second)…</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/lock/setup_wizard.py" line="192" />
            <source>Réglage de la protection pour cet ordinateur, puis création.</source>
            <translation>Tuning the protection for this computer, then creating.</translation>
        </message>
    </context>
    <context>
        <name>CsvImport</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/history.py" line="225" />
            <source>Accompagnements</source>
            <translation>Accompaniments</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/catalogue.py" line="145" />
            <source>Adresse électronique</source>
            <translation>Email address</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/history.py" line="402" />
            <source>Aménagements</source>
            <translation>Sentence adjustments</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/workbook.py" line="73" />
            <source>Ce classeur ne peut pas être lu (fichier abîmé, protégé par un mot de passe ou d'un format autre que .xlsx). Enregistrez-le au format « Classeur Excel (.xlsx) » ou en CSV.</source>
            <translation>This workbook cannot be read (damaged, password-protected or not in .xlsx format). Save it as “Excel Workbook (.xlsx)” or as CSV.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/reading.py" line="72" />
            <source>Ce fichier est un classeur (Excel ou LibreOffice), pas un fichier CSV. Dans le tableur, choisissez « Enregistrer sous » puis le format CSV. Rien n'a été importé.</source>
            <translation>This file is a workbook (Excel or LibreOffice), not a CSV file. In the spreadsheet, choose “Save as”, then the CSV format. Nothing was imported.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/reading.py" line="56" />
            <source>Ce fichier ne semble pas être un fichier CSV (texte). Dans le tableur, enregistrez la feuille au format CSV. Rien n'a été importé.</source>
            <translation>This file does not look like a CSV (text) file. In the spreadsheet, save the sheet in CSV format. Nothing was imported.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/template.py" line="68" />
            <source>Colonne</source>
            <translation>Column</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/report.py" line="71" />
            <source>Colonnes ignorées (non reconnues) : {columns}.</source>
            <translation>Columns ignored (not recognised): {columns}.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/header.py" line="93" />
            <source>Colonnes obligatoires absentes : {missing}. La première ligne du fichier doit donner le nom de chaque colonne (voir la liste des colonnes reconnues). Rien n'a été importé.</source>
            <translation>Required columns missing: {missing}. The first line of the file must give the name of each column (see the list of recognised columns). Nothing was imported.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/catalogue.py" line="245" />
            <source>Commune de résidence, texte libre</source>
            <translation>Town of residence, free text</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/history.py" line="278" />
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/template.py" line="70" />
            <source>Contenu attendu</source>
            <translation>Expected content</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/history.py" line="178" />
            <source>Date de naissance du jeune, jj/mm/aaaa</source>
            <translation>The young person's date of birth, dd/mm/yyyy</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/history.py" line="394" />
            <source>Employeur ou organisme, texte libre</source>
            <translation>Employer or organisation, free text</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/history.py" line="305" />
            <source>En minutes (45) ou en heures (1h30)</source>
            <translation>In minutes (45) or hours (1h30)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/template.py" line="71" />
            <source>Exemple</source>
            <translation>Example</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/catalogue.py" line="107" />
            <source>F, Femme, Féminin, H, Homme, M, Masculin, NR ou vide (non renseigné)</source>
            <translation>F, Femme, Féminin, H, Homme, M, Masculin, NR or empty (not given)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/template.py" line="67" />
            <source>Feuille</source>
            <translation>Sheet</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/report.py" line="31" />
            <source>Fichier lu : encodage {encoding}, séparateur {delimiter}.</source>
            <translation>File read: encoding {encoding}, separator {delimiter}.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/catalogue.py" line="235" />
            <source>Identifiant France Travail (ex-Pôle emploi)</source>
            <translation>France Travail identifier (formerly Pôle emploi)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/catalogue.py" line="218" />
            <source>Identifiant du jeune dans i-milo (lettres et chiffres)</source>
            <translation>The young person's identifier in i-milo (letters and digits)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/template.py" line="24" />
            <location filename="../../src/dedans_dehors_desktop/services/intake.py" line="385" />
            <source>Jeunes</source>
            <translation>Young people</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/reading.py" line="104" />
            <source>L'encodage du fichier n'est pas reconnu (ni UTF-8 ni Windows-1252). Dans le tableur, enregistrez-le au format « CSV UTF-8 ». Rien n'a été importé.</source>
            <translation>The file's encoding is not recognised (neither UTF-8 nor Windows-1252). In the spreadsheet, save it as “CSV UTF-8”. Nothing was imported.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/history.py" line="497" />
            <source>La feuille « {sheet} » compte plus de {limit} lignes.</source>
            <translation>Sheet “{sheet}” has more than {limit} rows.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/workbook.py" line="110" />
            <source>La feuille « {sheet} » compte trop de lignes.</source>
            <translation>Sheet “{sheet}” has too many rows.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/spreadsheet.py" line="113" />
            <source>Le classeur a plusieurs feuilles de jeunes ; gardez-en une seule. Rien n'a été importé.</source>
            <translation>The workbook has several sheets of young people; keep only one. Nothing was imported.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/workbook.py" line="85" />
            <source>Le classeur est trop volumineux une fois décompressé.</source>
            <translation>The workbook is too large once uncompressed.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/rows.py" line="106" />
            <source>Le fichier compte plus de {limit} lignes. Découpez-le en plusieurs fichiers. Rien n'a été importé.</source>
            <translation>The file has more than {limit} lines. Split it into several files. Nothing was imported.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/header.py" line="122" />
            <source>Le fichier est refusé : la colonne {names} semble contenir des informations sur des infractions, des condamnations ou des peines. L'application n'enregistre pas ces données (minimisation des données, article 10 du RGPD). Supprimez cette colonne du fichier, puis relancez l'import. Rien n'a été importé.</source>
            <translation>The file is refused: the column {names} seems to hold information about offences, convictions or sentences. The application does not record such data (data minimisation, GDPR article 10). Delete this column from the file, then run the import again. Nothing was imported.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/header.py" line="131" />
            <source>Le fichier est refusé : les colonnes {names} semblent contenir des informations sur des infractions, des condamnations ou des peines. L'application n'enregistre pas ces données (minimisation des données, article 10 du RGPD). Supprimez ces colonnes du fichier, puis relancez l'import. Rien n'a été importé.</source>
            <translation>The file is refused: the columns {names} seem to hold information about offences, convictions or sentences. The application does not record such data (data minimisation, GDPR article 10). Delete these columns from the file, then run the import again. Nothing was imported.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/workbook.py" line="69" />
            <source>Le fichier est trop volumineux ({size} Mo ; {limit} Mo au maximum).</source>
            <translation>The file is too large ({size} MB; {limit} MB at most).</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/reading.py" line="46" />
            <source>Le fichier est trop volumineux ({size} Mo ; {limit} Mo au maximum). Découpez-le en plusieurs fichiers. Rien n'a été importé.</source>
            <translation>The file is too large ({size} MB; {limit} MB at most). Split it into several files. Nothing was imported.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/header.py" line="86" />
            <location filename="../../src/dedans_dehors_desktop/intake/reading.py" line="63" />
            <source>Le fichier est vide. Rien n'a été importé.</source>
            <translation>The file is empty. Nothing was imported.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/spreadsheet.py" line="163" />
            <source>Le fichier ne contient aucune ligne à importer (seulement des noms de colonnes ?). Rien n'a été importé.</source>
            <translation>The file holds no row to import (only column names?). Nothing was imported.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/reading.py" line="163" />
            <source>Le fichier ne peut pas être lu à partir de la ligne {line} : guillemets mal placés ou non fermés, ou cellule anormalement longue. Vérifiez cette ligne puis relancez l'import. Rien n'a été importé.</source>
            <translation>The file cannot be read from line {line} on: misplaced or unclosed quotes, or an abnormally long cell. Check this line, then run the import again. Nothing was imported.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/report.py" line="64" />
            <source>Ligne {line} : {reasons}.</source>
            <translation>Line {line}: {reasons}.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/report.py" line="57" />
            <source>Lignes refusées (corrigez-les dans le tableur puis relancez l'import) :</source>
            <translation>Lines refused (correct them in the spreadsheet, then run the import again):</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/template.py" line="51" />
            <source>Lisez-moi</source>
            <translation>Read me</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/catalogue.py" line="187" />
            <source>Même format que la date de naissance ; pas dans le futur</source>
            <translation>Same format as the date of birth; not in the future</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/catalogue.py" line="208" />
            <source>Même format que la date de naissance ; peut être dans le futur</source>
            <translation>Same format as the date of birth; may be in the future</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/catalogue.py" line="84" />
            <source>Nom d'usage s'il diffère du nom de naissance</source>
            <translation>Usual name if it differs from the birth name</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/catalogue.py" line="161" />
            <source>Nom de l'établissement pénitentiaire, texte libre</source>
            <translation>Name of the prison, free text</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/history.py" line="160" />
            <source>Nom de naissance du jeune, comme sur la feuille Jeunes</source>
            <translation>The young person's birth name, as on the Young people sheet</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/catalogue.py" line="64" />
            <source>Nom de naissance, 100 caractères au plus</source>
            <translation>Birth name, 100 characters at most</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/history.py" line="234" />
            <source>Nom du dispositif (ajouté à l'annuaire s'il n'y est pas)</source>
            <translation>Name of the programme (added to the directory if missing)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/history.py" line="270" />
            <source>Nom du référent, texte libre</source>
            <translation>Name of the referent, free text</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/report.py" line="38" />
            <source>Noms de colonnes trouvés ligne {line} ; les lignes au-dessus sont ignorées.</source>
            <translation>Column names found on line {line}; the lines above are ignored.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/catalogue.py" line="128" />
            <source>Numéro français à 10 chiffres ou numéro international en +33…</source>
            <translation>French 10-digit number or international number starting +33…</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/template.py" line="69" />
            <source>Obligatoire</source>
            <translation>Required</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/header.py" line="145" />
            <source>Plusieurs colonnes correspondent à « {column} » : {names}. Gardez-en une seule. Rien n'a été importé.</source>
            <translation>Several columns match “{column}”: {names}. Keep only one. Nothing was imported.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/history.py" line="169" />
            <source>Prénom(s) du jeune</source>
            <translation>The young person's first name(s)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/catalogue.py" line="74" />
            <source>Prénom(s), 100 caractères au plus</source>
            <translation>First name(s), 100 characters at most</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/template.py" line="57" />
            <source>Remplissez une ligne par jeune sur la feuille Jeunes, puis son historique sur les autres feuilles (le jeune y est désigné par ses nom, prénom et date de naissance). Les colonnes orange sont obligatoires. Supprimez les feuilles dont vous n'avez pas besoin. Une feuille laissée vide est ignorée.</source>
            <translation>Fill one row per young person on the Young people sheet, then their history on the other sheets (where the young person is named by last name, first name and date of birth). Orange columns are required. Delete the sheets you do not need. A sheet left empty is ignored.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/workbook.py" line="62" />
            <source>Rien n'a été importé.</source>
            <translation>Nothing was imported.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/history.py" line="349" />
            <source>Situations</source>
            <translation>Situations</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/history.py" line="341" />
            <source>Texte libre, 5 000 caractères au plus (masqué en mode parloir)</source>
            <translation>Free text, 5,000 characters at most (hidden in visiting-room mode)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/catalogue.py" line="147" />
            <source>adresse e-mail</source>
            <translation>email address</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/cells.py" line="217" />
            <source>année improbable</source>
            <translation>unlikely year</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/cells.py" line="138" />
            <source>caractère invisible ou de contrôle (retour à la ligne, tabulation…)</source>
            <translation>invisible or control character (line break, tab…)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/cells.py" line="159" />
            <source>chiffres ou symboles inattendus</source>
            <translation>unexpected digits or symbols</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/rows.py" line="114" />
            <source>colonne n° {n} sans titre</source>
            <translation>column no. {n} without a title</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/catalogue.py" line="247" />
            <source>commune</source>
            <translation>town</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/catalogue.py" line="189" />
            <source>date d'écrou</source>
            <translation>committal date</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/rows.py" line="178" />
            <source>date d'écrou « {value} » : la personne avait moins de {min} ans à cette date</source>
            <translation>committal date “{value}”: the person was under {min} at that date</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/rows.py" line="174" />
            <source>date d'écrou « {value} » dans le futur</source>
            <translation>committal date “{value}” in the future</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/catalogue.py" line="210" />
            <source>date de libération prévue</source>
            <translation>expected release date</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/rows.py" line="188" />
            <source>date de libération prévue « {value} » antérieure à la date d'écrou</source>
            <translation>expected release date “{value}” before the committal date</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/rows.py" line="194" />
            <source>date de libération prévue « {value} » improbable</source>
            <translation>unlikely expected release date “{value}”</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/catalogue.py" line="99" />
            <source>date de naissance</source>
            <translation>date of birth</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/cells.py" line="240" />
            <source>date de naissance manquante</source>
            <translation>date of birth missing</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/cells.py" line="223" />
            <source>date de naissance « {value} » : la personne aurait {age} ans au {today} ; l'import accepte les jeunes de {min} à {max} ans</source>
            <translation>date of birth “{value}”: the person would be {age} on {today}; the import accepts young people aged {min} to {max}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/cells.py" line="243" />
            <source>date de naissance « {value} » dans le futur</source>
            <translation>date of birth “{value}” in the future</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/catalogue.py" line="171" />
            <source>fermé ou ouvert</source>
            <translation>fermé (custody) or ouvert (community)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/cells.py" line="208" />
            <location filename="../../src/dedans_dehors_desktop/intake/cells.py" line="211" />
            <source>format attendu jj/mm/aaaa</source>
            <translation>expected format dd/mm/yyyy</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/history.py" line="296" />
            <source>hh:mm</source>
            <translation>hh:mm</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/catalogue.py" line="237" />
            <source>identifiant France Travail</source>
            <translation>France Travail identifier</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/catalogue.py" line="220" />
            <source>identifiant i-milo</source>
            <translation>i-milo identifier</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/history.py" line="385" />
            <location filename="../../src/dedans_dehors_desktop/intake/history.py" line="438" />
            <location filename="../../src/dedans_dehors_desktop/intake/history.py" line="447" />
            <source>jj/mm/aaaa</source>
            <translation>dd/mm/yyyy</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/history.py" line="243" />
            <location filename="../../src/dedans_dehors_desktop/intake/history.py" line="287" />
            <location filename="../../src/dedans_dehors_desktop/intake/history.py" line="376" />
            <source>jj/mm/aaaa ; le jeune doit avoir de 13 à 35 ans à cette date</source>
            <translation>dd/mm/yyyy; the young person must be 13 to 35 years old at that date</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/catalogue.py" line="94" />
            <source>jj/mm/aaaa, jj-mm-aaaa ou aaaa-mm-jj ; 13 à 35 ans à la date des faits</source>
            <translation>dd/mm/yyyy, dd-mm-yyyy or yyyy-mm-dd; 13 to 35 years old at the date of the events</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/history.py" line="252" />
            <source>jj/mm/aaaa, vide si en cours</source>
            <translation>dd/mm/yyyy, empty if ongoing</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/cells.py" line="272" />
            <source>le tableur l'a transformé en nombre ; mettez la colonne au format Texte et ressaisissez la valeur</source>
            <translation>the spreadsheet turned it into a number; set the column to the Text format and type the value again</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/cells.py" line="322" />
            <source>lettres et chiffres seulement</source>
            <translation>letters and digits only</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/catalogue.py" line="173" />
            <source>milieu</source>
            <translation>custody</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/rows.py" line="207" />
            <source>même jeune que la ligne {line} (nom, prénom et date de naissance identiques)</source>
            <translation>same young person as line {line} (same name, first name and date of birth)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/catalogue.py" line="66" />
            <source>nom</source>
            <translation>name</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/catalogue.py" line="86" />
            <source>nom d'usage</source>
            <translation>usual name</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/template.py" line="84" />
            <source>non</source>
            <translation>no</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/template.py" line="84" />
            <source>oui</source>
            <translation>yes</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/report.py" line="22" />
            <source>point-virgule</source>
            <translation>semicolon</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/catalogue.py" line="76" />
            <source>prénom</source>
            <translation>first name</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/catalogue.py" line="111" />
            <source>sexe</source>
            <translation>sex</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/report.py" line="24" />
            <source>tabulation</source>
            <translation>tab</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/catalogue.py" line="130" />
            <source>téléphone</source>
            <translation>telephone</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/cells.py" line="256" />
            <source>valeurs acceptées : F, H, NR ou vide</source>
            <translation>accepted values: F, H, NR or empty</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/cells.py" line="266" />
            <source>valeurs acceptées : fermé, ouvert ou vide</source>
            <translation>accepted values: fermé, ouvert or empty</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/report.py" line="23" />
            <source>virgule</source>
            <translation>comma</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/history.py" line="104" />
            <source>{label} : plus de 24 heures</source>
            <translation>{label}: more than 24 hours</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/cells.py" line="175" />
            <location filename="../../src/dedans_dehors_desktop/intake/history.py" line="112" />
            <location filename="../../src/dedans_dehors_desktop/intake/history.py" line="124" />
            <source>{label} : {n} caractères, {max} au maximum</source>
            <translation>{label}: {n} characters, {max} at most</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/rows.py" line="220" />
            <source>{label} déjà présent ligne {line}</source>
            <translation>{label} already on line {line}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/history.py" line="64" />
            <source>{label} inconnu « {value} » (valeurs acceptées : {values})</source>
            <translation>unknown {label} “{value}” (accepted values: {values})</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/cells.py" line="114" />
            <source>{label} invalide « {value} »</source>
            <translation>invalid {label} “{value}”</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/history.py" line="84" />
            <source>{label} invalide « {value} » : format attendu hh:mm</source>
            <translation>invalid {label} “{value}”: expected hh:mm</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/history.py" line="98" />
            <source>{label} invalide « {value} » : nombre de minutes attendu</source>
            <translation>invalid {label} “{value}”: a number of minutes expected</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/cells.py" line="147" />
            <location filename="../../src/dedans_dehors_desktop/intake/history.py" line="42" />
            <source>{label} manquant</source>
            <translation>{label} missing</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/cells.py" line="151" />
            <source>{label} trop long ({n} caractères, {max} au maximum)</source>
            <translation>{label} too long ({n} characters, {max} at most)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/rows.py" line="130" />
            <source>{n} cellule(s) remplie(s) au-delà de la dernière colonne (séparateur en trop dans une cellule ?)</source>
            <translation>{n} cell(s) filled beyond the last column (an extra separator in a cell?)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/report.py" line="45" />
            <source>{n} ligne prête à importer</source>
            <translation>{n} line ready to import</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/report.py" line="51" />
            <source>{n} ligne refusée.</source>
            <translation>{n} line refused.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/report.py" line="47" />
            <source>{n} lignes prêtes à importer</source>
            <translation>{n} lines ready to import</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/report.py" line="51" />
            <source>{n} lignes refusées.</source>
            <translation>{n} lines refused.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/cells.py" line="205" />
            <source>écrivez l'année sur 4 chiffres (par exemple 01/02/2001)</source>
            <translation>write the year with 4 digits (for example 01/02/2001)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/catalogue.py" line="163" />
            <source>établissement</source>
            <translation>establishment</translation>
        </message>
    </context>
    <context>
        <name>DashboardView</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/dashboard.py" line="291" />
            <source>18-21 ans</source>
            <translation>18-21</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/dashboard.py" line="292" />
            <source>22-25 ans</source>
            <translation>22-25</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/dashboard.py" line="293" />
            <source>26 ans +</source>
            <translation>26 and over</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/dashboard.py" line="179" />
            <source>Actualiser</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/dashboard.py" line="249" />
            <source>Année {annee}, du 1er janvier au {jour}</source>
            <translation>Year {annee}, from 1 January to {jour}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/dashboard.py" line="321" />
            <source>Aucun contact sur la période</source>
            <translation>No contact in this period</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/dashboard.py" line="404" />
            <source>CSV</source>
            <translation>CSV</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/dashboard.py" line="253" />
            <source>Calcul en cours…</source>
            <translation>Computing…</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/dashboard.py" line="278" />
            <source>Calcul impossible</source>
            <translation>Cannot compute</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/dashboard.py" line="196" />
            <source>Contacts intra-muros et hors les murs</source>
            <translation>Contacts inside and outside prison</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/dashboard.py" line="195" />
            <source>Contacts par mois</source>
            <translation>Contacts per month</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/dashboard.py" line="397" />
            <source>Dispositif {nom} / hors {nom}</source>
            <translation>Programme {nom} / outside {nom}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/dashboard.py" line="447" />
            <source>Du</source>
            <translation>From</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/dashboard.py" line="525" />
            <source>Enregistrer le rapport d'activité</source>
            <translation>Save the activity report</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/dashboard.py" line="198" />
            <source>Entrées en situation par catégorie</source>
            <translation>Entries into a situation by category</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/dashboard.py" line="415" />
            <source>Exact sans noms — diffusion restreinte</source>
            <translation>Exact without names — restricted circulation</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/dashboard.py" line="587" />
            <source>Export en cours…</source>
            <translation>Exporting…</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/dashboard.py" line="430" />
            <source>Exporter le rapport…</source>
            <translation>Export the report…</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/dashboard.py" line="527" />
            <source>Fichier {format} (*.{ext})</source>
            <translation>{format} file (*.{ext})</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/dashboard.py" line="391" />
            <source>Financement {nom} / hors {nom}</source>
            <translation>Funding {nom} / outside {nom}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/dashboard.py" line="455" />
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/dashboard.py" line="313" />
            <source>Hors les murs</source>
            <translation>Outside prison</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/dashboard.py" line="294" />
            <source>Inconnu</source>
            <translation>Unknown</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/dashboard.py" line="312" />
            <source>Intra-muros</source>
            <translation>Inside prison</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/dashboard.py" line="197" />
            <source>Jeunes suivis par tranche d'âge</source>
            <translation>Young people followed, by age group</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/dashboard.py" line="635" />
            <source>L'export a échoué.</source>
            <translation>The export failed.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/dashboard.py" line="483" />
            <source>Le fichier contiendra les noms des jeunes et tous les effectifs, même inférieurs au seuil. La demande est inscrite au journal d'accès. Ne le transmettez pas hors de la Mission Locale.</source>
            <translation>The file will contain the young people's names and every count, even those below the threshold. The request is recorded in the access log. Do not pass it on outside the Mission Locale.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/dashboard.py" line="554" />
            <source>Le fichier contiendra les noms des jeunes et tous les effectifs, sans masquage. Usage interne seulement : ne le transmettez pas hors de la Mission Locale.

Cette demande sera inscrite au journal d'accès. Continuer ?</source>
            <translation>The file will contain the young people's names and every count, unmasked. Internal use only: do not pass it on outside the Mission Locale.

This request will be recorded in the access log. Continue?</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/dashboard.py" line="548" />
            <source>Le rapport contiendra tous les effectifs exacts, sans aucun nom, avec la mention « Diffusion restreinte ». Il est réservé à la Mission Locale et aux financeurs sous convention.

Cette demande sera inscrite au journal d'accès. Continuer ?</source>
            <translation>The report will contain every exact count, without any name, marked “Restricted circulation”. It is for the Mission Locale and funders under agreement only.

This request will be recorded in the access log. Continue?</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/dashboard.py" line="623" />
            <source>Le rapport d'activité ({sortie}) a été enregistré :
{chemin}</source>
            <translation>The activity report ({sortie}) was saved:
{chemin}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/dashboard.py" line="489" />
            <source>Les effectifs inférieurs au seuil de masquage sont masqués (secret statistique) ; avant l'écriture, un contrôle vérifie qu'aucune valeur masquée ne peut être recalculée. Les définitions figurent en annexe du rapport.</source>
            <translation>Counts below the masking threshold are masked (statistical confidentiality); before writing, a check makes sure that no masked value can be worked out. The definitions are in the report's annex.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/dashboard.py" line="416" />
            <source>Liste nominative — usage interne</source>
            <translation>Named list — internal use</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/dashboard.py" line="414" />
            <source>Masqué — pour les financeurs (par défaut)</source>
            <translation>Masked — for funders (default)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/dashboard.py" line="290" />
            <source>Mineurs</source>
            <translation>Minors</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/dashboard.py" line="402" />
            <source>PDF (avec graphiques)</source>
            <translation>PDF (with charts)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/dashboard.py" line="388" />
            <source>PLIE / hors PLIE</source>
            <translation>PLIE / outside PLIE</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/dashboard.py" line="453" />
            <source>Période</source>
            <translation>Period</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/dashboard.py" line="378" />
            <source>Rapport d'activité pour les financeurs</source>
            <translation>Activity report for funders</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/dashboard.py" line="616" />
            <source>Rapport enregistré ({sortie}) : {chemin}</source>
            <translation>Report saved ({sortie}): {chemin}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/dashboard.py" line="561" />
            <source>Rapport sans masquage</source>
            <translation>Unmasked report</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/dashboard.py" line="432" />
            <source>Réglages du rapport…</source>
            <translation>Report settings…</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/dashboard.py" line="454" />
            <source>Répartition</source>
            <translation>Breakdown</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/dashboard.py" line="387" />
            <source>Sans répartition</source>
            <translation>No breakdown</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/dashboard.py" line="632" />
            <source>Secret statistique non garanti : aucun fichier n'a été écrit.</source>
            <translation>Statistical confidentiality cannot be guaranteed: no file was written.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/dashboard.py" line="456" />
            <source>Sortie</source>
            <translation>Output</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/dashboard.py" line="173" />
            <source>Tableau de bord</source>
            <translation>Dashboard</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/dashboard.py" line="220" />
            <source>Tableau de bord masqué en mode parloir.</source>
            <translation>Dashboard hidden in visiting-room mode.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/dashboard.py" line="403" />
            <source>Tableur XLSX</source>
            <translation>XLSX spreadsheet</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/dashboard.py" line="477" />
            <source>Tous les effectifs exacts, sans aucun nom. Chaque page porte la mention « Diffusion restreinte » : réservé à la Mission Locale et aux financeurs sous convention. La demande est inscrite au journal d'accès.</source>
            <translation>Every exact count, without any name. Each page is marked “Restricted circulation”: for the Mission Locale and funders under agreement only. The request is recorded in the access log.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/dashboard.py" line="670" />
            <source>août</source>
            <translation>Aug</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/dashboard.py" line="449" />
            <source>au</source>
            <translation>to</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/dashboard.py" line="666" />
            <source>avr.</source>
            <translation>Apr</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/dashboard.py" line="674" />
            <source>déc.</source>
            <translation>Dec</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/dashboard.py" line="502" />
            <source>exact sans noms, diffusion restreinte</source>
            <translation>exact without names, restricted circulation</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/dashboard.py" line="664" />
            <source>févr.</source>
            <translation>Feb</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/dashboard.py" line="663" />
            <source>janv.</source>
            <translation>Jan</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/dashboard.py" line="669" />
            <source>juil.</source>
            <translation>Jul</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/dashboard.py" line="668" />
            <source>juin</source>
            <translation>Jun</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/dashboard.py" line="503" />
            <source>liste nominative, usage interne</source>
            <translation>named list, internal use</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/dashboard.py" line="667" />
            <source>mai</source>
            <translation>May</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/dashboard.py" line="665" />
            <source>mars</source>
            <translation>Mar</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/dashboard.py" line="501" />
            <source>masqué, pour les financeurs</source>
            <translation>masked, for funders</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/dashboard.py" line="673" />
            <source>nov.</source>
            <translation>Nov</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/dashboard.py" line="672" />
            <source>oct.</source>
            <translation>Oct</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/dashboard.py" line="671" />
            <source>sept.</source>
            <translation>Sep</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/dashboard.py" line="316" />
            <source>{libelle} : {nombre}</source>
            <translation>{libelle}: {nombre}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/dashboard.py" line="273" />
            <source>À jour</source>
            <translation>Up to date</translation>
        </message>
    </context>
    <context>
        <name>Dates</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/dates.py" line="76" />
            <source>1er</source>
            <translation>1</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/dates.py" line="22" />
            <location filename="../../src/dedans_dehors_desktop/core/dates.py" line="0" />
            <source>août</source>
            <translation>August</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/dates.py" line="18" />
            <location filename="../../src/dedans_dehors_desktop/core/dates.py" line="0" />
            <source>avril</source>
            <translation>April</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/dates.py" line="35" />
            <location filename="../../src/dedans_dehors_desktop/core/dates.py" line="0" />
            <source>dimanche</source>
            <translation>Sunday</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/dates.py" line="26" />
            <location filename="../../src/dedans_dehors_desktop/core/dates.py" line="0" />
            <source>décembre</source>
            <translation>December</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/dates.py" line="16" />
            <location filename="../../src/dedans_dehors_desktop/core/dates.py" line="0" />
            <source>février</source>
            <translation>February</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/dates.py" line="15" />
            <location filename="../../src/dedans_dehors_desktop/core/dates.py" line="0" />
            <source>janvier</source>
            <translation>January</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/dates.py" line="32" />
            <location filename="../../src/dedans_dehors_desktop/core/dates.py" line="0" />
            <source>jeudi</source>
            <translation>Thursday</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/dates.py" line="21" />
            <location filename="../../src/dedans_dehors_desktop/core/dates.py" line="0" />
            <source>juillet</source>
            <translation>July</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/dates.py" line="20" />
            <location filename="../../src/dedans_dehors_desktop/core/dates.py" line="0" />
            <source>juin</source>
            <translation>June</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/dates.py" line="29" />
            <location filename="../../src/dedans_dehors_desktop/core/dates.py" line="0" />
            <source>lundi</source>
            <translation>Monday</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/dates.py" line="19" />
            <location filename="../../src/dedans_dehors_desktop/core/dates.py" line="0" />
            <source>mai</source>
            <translation>May</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/dates.py" line="30" />
            <location filename="../../src/dedans_dehors_desktop/core/dates.py" line="0" />
            <source>mardi</source>
            <translation>Tuesday</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/dates.py" line="17" />
            <location filename="../../src/dedans_dehors_desktop/core/dates.py" line="0" />
            <source>mars</source>
            <translation>March</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/dates.py" line="31" />
            <location filename="../../src/dedans_dehors_desktop/core/dates.py" line="0" />
            <source>mercredi</source>
            <translation>Wednesday</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/dates.py" line="25" />
            <location filename="../../src/dedans_dehors_desktop/core/dates.py" line="0" />
            <source>novembre</source>
            <translation>November</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/dates.py" line="24" />
            <location filename="../../src/dedans_dehors_desktop/core/dates.py" line="0" />
            <source>octobre</source>
            <translation>October</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/dates.py" line="34" />
            <location filename="../../src/dedans_dehors_desktop/core/dates.py" line="0" />
            <source>samedi</source>
            <translation>Saturday</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/dates.py" line="23" />
            <location filename="../../src/dedans_dehors_desktop/core/dates.py" line="0" />
            <source>septembre</source>
            <translation>September</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/dates.py" line="33" />
            <location filename="../../src/dedans_dehors_desktop/core/dates.py" line="0" />
            <source>vendredi</source>
            <translation>Friday</translation>
        </message>
    </context>
    <context>
        <name>DemoBuilder</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/shell/demo_session.py" line="82" />
            <source>Démonstration</source>
            <translation>Demonstration</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/shell/demo_session.py" line="84" />
            <source>Préparation d'une base de démonstration (données fictives)…</source>
            <translation>Preparing a demonstration database (fictitious data)…</translation>
        </message>
    </context>
    <context>
        <name>DirectoriesPage</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/directories.py" line="259" />
            <source>Annuaires de la structure</source>
            <translation>Directories of the structure</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/directories.py" line="277" />
            <source>Dispositifs</source>
            <translation>Programmes</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/directories.py" line="262" />
            <source>Les établissements, partenaires, dispositifs et référents proposés dans les fiches. Une entrée utilisée n'est jamais supprimée : retirez-la, elle reste sur les fiches qui l'utilisent. Les annuaires partent vers les portables à chaque synchronisation.</source>
            <translation>The establishments, partners, programmes and referents offered in records. An entry in use is never deleted: retire it, it stays on the records that use it. Directories go to the laptops with each synchronisation.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/directories.py" line="276" />
            <source>Partenaires</source>
            <translation>Partners</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/directories.py" line="278" />
            <source>Référents</source>
            <translation>Referents</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/directories.py" line="54" />
            <source>nom sensible</source>
            <translation>sensitive name</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/directories.py" line="59" />
            <source>{n} critère</source>
            <translation>{n} criterion</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/directories.py" line="59" />
            <source>{n} critères</source>
            <translation>{n} criteria</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/directories.py" line="275" />
            <source>Établissements</source>
            <translation>Establishments</translation>
        </message>
    </context>
    <context>
        <name>DirectoryEntryDialog</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/directory_entry.py" line="144" />
            <source>Ajouter : {quoi}</source>
            <translation>Add: {quoi}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/directory_entry.py" line="169" />
            <source>Annuler</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/directory_entry.py" line="168" />
            <source>Enregistrer</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/directory_entry.py" line="142" />
            <source>Modifier : {quoi}</source>
            <translation>Edit: {quoi}</translation>
        </message>
    </context>
    <context>
        <name>DirectoryTab</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/directories.py" line="138" />
            <source>Actif</source>
            <translation>Active</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/directories.py" line="74" />
            <source>Afficher les entrées retirées</source>
            <translation>Show retired entries</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/directories.py" line="90" />
            <source>Ajouter…</source>
            <translation>Add…</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/directories.py" line="78" />
            <source>Détails</source>
            <translation>Details</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/directories.py" line="221" />
            <source>Importer un tableur</source>
            <translation>Import a spreadsheet</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/directories.py" line="98" />
            <source>Importer un tableur…</source>
            <translation>Import a spreadsheet…</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/directories.py" line="236" />
            <source>Le fichier ne peut pas être lu.</source>
            <translation>The file cannot be read.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/directories.py" line="92" />
            <source>Modifier…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/directories.py" line="78" />
            <source>Nom</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/directories.py" line="72" />
            <source>Rechercher…</source>
            <translation>Search…</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/directories.py" line="94" />
            <location filename="../../src/dedans_dehors_desktop/gui/pages/directories.py" line="160" />
            <source>Retirer</source>
            <translation>Retire</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/directories.py" line="138" />
            <source>Retiré</source>
            <translation>Retired</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/directories.py" line="160" />
            <source>Rétablir</source>
            <translation>Restore</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/directories.py" line="96" />
            <source>Supprimer</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/directories.py" line="222" />
            <source>Tableurs (*.csv *.xlsx)</source>
            <translation>Spreadsheets (*.csv *.xlsx)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/directories.py" line="78" />
            <source>Utilisé par</source>
            <translation>Used by</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/directories.py" line="164" />
            <source>Utilisée par des fiches : retirez-la plutôt.</source>
            <translation>Used by records: retire it instead.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/directories.py" line="245" />
            <source>{created} entrée(s) ajoutée(s), {present} déjà présente(s).</source>
            <translation>{created} entry(ies) added, {present} already present.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/directories.py" line="134" />
            <source>{n} fiche</source>
            <translation>{n} record</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/directories.py" line="136" />
            <source>{n} fiches</source>
            <translation>{n} records</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/directories.py" line="78" />
            <source>État</source>
            <translation>State</translation>
        </message>
    </context>
    <context>
        <name>Documents</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/document_output.py" line="67" />
            <source>Document de travail</source>
            <translation>Working document</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/document_output.py" line="57" />
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/document_output.py" line="59" />
            <source>Enregistrement</source>
            <translation>Saving</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/documents.py" line="269" />
            <source>Impossible d'écrire le fichier ({raison}).</source>
            <translation>The file could not be written ({raison}).</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/document_output.py" line="88" />
            <source>Impression</source>
            <translation>Printing</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/documents.py" line="262" />
            <source>La destination doit être un fichier PDF.</source>
            <translation>The destination must be a PDF file.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/document_output.py" line="59" />
            <source>Le document a été enregistré.</source>
            <translation>The document has been saved.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/documents.py" line="264" />
            <source>Le dossier de destination n'existe pas.</source>
            <translation>The destination folder does not exist.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/document_output.py" line="33" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>Documents de la semaine</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/sheet_pdf.py" line="163" />
            <source>Document de travail</source>
            <translation>Working document</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/sheet_pdf.py" line="151" />
            <source>Page {page} sur {total}</source>
            <translation>Page {page} of {total}</translation>
        </message>
    </context>
    <context>
        <name>Doublons</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/duplicates.py" line="36" />
            <source>même identifiant i-milo ou France Travail</source>
            <translation>same i-milo or France Travail identifier</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/duplicates.py" line="39" />
            <source>même nom et date de naissance, prénom abrégé</source>
            <translation>same last name and date of birth, shortened first name</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/duplicates.py" line="40" />
            <source>mêmes nom et prénom, date de naissance presque identique</source>
            <translation>same names, nearly the same date of birth</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/duplicates.py" line="35" />
            <source>mêmes nom, prénom et date de naissance</source>
            <translation>same last name, first name and date of birth</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/duplicates.py" line="37" />
            <source>nom et prénom inversés, même date de naissance</source>
            <translation>first and last names swapped, same date of birth</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/duplicates.py" line="38" />
            <source>une lettre diffère, même date de naissance</source>
            <translation>one letter differs, same date of birth</translation>
        </message>
    </context>
    <context>
        <name>Droit d'accès</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/access_export/pdf.py" line="122" />
            <location filename="../../src/dedans_dehors_desktop/reports/access_export/pdf.py" line="123" />
            <source>(vide)</source>
            <translation>(empty)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/access_export/pdf.py" line="196" />
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/access_export/pdf.py" line="264" />
            <source>Adresse :</source>
            <translation>Address:</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/access_export/pdf.py" line="313" />
            <source>Aucune ligne.</source>
            <translation>No line.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/access_export/pdf.py" line="112" />
            <source>Autres informations :</source>
            <translation>Other information:</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/access_export/pdf.py" line="298" />
            <source>Brouillons non enregistrés</source>
            <translation>Unsaved drafts</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/access_export/pdf.py" line="277" />
            <source>Ce document reprend toutes les informations enregistrées à votre sujet dans l'application Dedans-Dehors de la Mission Locale : votre dossier, les notes de suivi, l'historique des modifications, vos consentements et la liste des consultations et des modifications de votre dossier (journal des accès). Les champs vides ne sont pas repris. Le fichier JSON remis avec ce document contient les mêmes informations, dans un format lisible par un ordinateur.</source>
            <translation>This document contains all the information recorded about you in the Mission Locale's Dedans-Dehors application: your case file, the follow-up notes, the history of changes, your consents and the list of the consultations and changes of your case file (access log). Empty fields are left out. The JSON file given with this document holds the same information, in a machine-readable format.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/access_export/pdf.py" line="194" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/access_export/pdf.py" line="266" />
            <source>Document établi le :</source>
            <translation>Document drawn up on:</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/print_preview.py" line="705" />
            <source>Dossier où écrire l'export</source>
            <translation>Folder to write the export to</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/print_preview.py" line="721" />
            <source>Droit d'accès (RGPD)</source>
            <translation>Right of access (GDPR)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/access_export/pdf.py" line="324" />
            <source>Droit d'accès (RGPD, article 15) — document personnel</source>
            <translation>Right of access (GDPR, article 15) — personal document</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/access_export/pdf.py" line="252" />
            <source>Droit d'accès — article 15 du Règlement général sur la protection des données (RGPD)</source>
            <translation>Right of access — article 15 of the General Data Protection Regulation (GDPR)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/access_export/pdf.py" line="341" />
            <source>Droit d'accès — données personnelles</source>
            <translation>Right of access — personal data</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/access_export/pdf.py" line="197" />
            <source>Fiche</source>
            <translation>Record</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/access_export/pdf.py" line="149" />
            <source>Historique des modifications</source>
            <translation>History of changes</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/access_export/output.py" line="77" />
            <source>Impossible d'écrire l'export dans ce dossier ({raison}).</source>
            <translation>Cannot write the export in this folder ({raison}).</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/access_export/pdf.py" line="308" />
            <source>Journal des accès à votre dossier</source>
            <translation>Log of the accesses to your case file</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/print_preview.py" line="729" />
            <source>L'export a été écrit :
{pdf}
{json}

Ces fichiers contiennent EN CLAIR toutes les données du jeune, notes et informations judiciaires comprises. Remettez-les à la personne de façon sécurisée, puis supprimez-les de ce poste.</source>
            <translation>The export was written:
{pdf}
{json}

These files contain ALL the young person's data UNENCRYPTED, including notes and justice information. Hand them to the person securely, then delete them from this computer.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/access_export/output.py" line="63" />
            <source>La destination n'est pas un dossier.</source>
            <translation>The destination is not a folder.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/access_export/pdf.py" line="193" />
            <source>N°</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/access_export/pdf.py" line="329" />
            <source>Page {page} sur {total}</source>
            <translation>Page {page} of {total}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/access_export/pdf.py" line="262" />
            <source>Personne concernée :</source>
            <translation>Data subject:</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/access_export/pdf.py" line="263" />
            <source>Responsable du traitement :</source>
            <translation>Data controller:</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/access_export/pdf.py" line="265" />
            <source>Téléphone :</source>
            <translation>Telephone:</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/access_export/pdf.py" line="195" />
            <source>Utilisateur</source>
            <translation>User</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/access_export/pdf.py" line="143" />
            <source>Valeurs en attente d'arbitrage pour {champ} : {valeurs}</source>
            <translation>Values awaiting a decision for {champ}: {valeurs}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/access_export/pdf.py" line="249" />
            <source>Vos données personnelles</source>
            <translation>Your personal data</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/access_export/pdf.py" line="164" />
            <source>fiche supprimée</source>
            <translation>record deleted</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/access_export/collect.py" line="82" />
            <source>non</source>
            <translation>no</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/access_export/collect.py" line="82" />
            <source>oui</source>
            <translation>yes</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/access_export/pdf.py" line="162" />
            <source>réf. {ref}</source>
            <translation>ref. {ref}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/access_export/pdf.py" line="98" />
            <source>{date} à {heure}</source>
            <translation>{date} at {heure}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/access_export/collect.py" line="271" />
            <location filename="../../src/dedans_dehors_desktop/reports/access_export/pdf.py" line="158" />
            <source>{fiche} n° {numero}</source>
            <translation>{fiche} no. {numero}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/access_export/pdf.py" line="127" />
            <source>{quand}, {auteur} : {champ} « {avant} » → « {apres} »</source>
            <translation>{quand}, {auteur}: {champ} “{avant}” → “{apres}”</translation>
        </message>
    </context>
    <context>
        <name>DuplicatesDialog</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/duplicates.py" line="69" />
            <source>C'est un homonyme : créer le dossier</source>
            <translation>A namesake: create the record</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/duplicates.py" line="36" />
            <source>Ce jeune est peut-être déjà suivi</source>
            <translation>This young person may already be followed</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/duplicates.py" line="39" />
            <source>Des dossiers existants ressemblent à celui que vous créez. S'il s'agit de la même personne, ouvrez son dossier plutôt que d'en créer un second.</source>
            <translation>Existing records look like the one you are creating. If it is the same person, open their record rather than creating a second one.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/duplicates.py" line="48" />
            <source>Nom et prénom</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/duplicates.py" line="48" />
            <source>Né(e) le</source>
            <translation>Born on</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/duplicates.py" line="66" />
            <source>Ouvrir ce dossier</source>
            <translation>Open this record</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/duplicates.py" line="48" />
            <source>Ressemblance</source>
            <translation>Likeness</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/duplicates.py" line="71" />
            <source>Revenir à la saisie</source>
            <translation>Back to the form</translation>
        </message>
    </context>
    <context>
        <name>DuplicatesPage</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/import_wizard.py" line="211" />
            <source>Ces lignes ressemblent à des jeunes déjà dans la base. Pour chacune : fusionner (c'est la même personne : l'historique rejoint son dossier), ignorer la ligne, ou créer un nouveau dossier (un homonyme).</source>
            <translation>These rows look like young people already in the store. For each: merge (the same person: the history joins their record), skip the row, or create a new record (a namesake).</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/import_wizard.py" line="256" />
            <source>Choisir…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/import_wizard.py" line="259" />
            <source>Créer (homonyme)</source>
            <translation>Create (namesake)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/import_wizard.py" line="223" />
            <source>Dans la base</source>
            <translation>In the store</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/import_wizard.py" line="222" />
            <source>Dans le fichier</source>
            <translation>In the file</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/import_wizard.py" line="209" />
            <source>Doublons possibles</source>
            <translation>Possible duplicates</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/import_wizard.py" line="225" />
            <source>Décision</source>
            <translation>Decision</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/import_wizard.py" line="257" />
            <source>Fusionner</source>
            <translation>Merge</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/import_wizard.py" line="258" />
            <source>Ignorer la ligne</source>
            <translation>Skip the row</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/import_wizard.py" line="221" />
            <source>Ligne</source>
            <translation>Row</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/import_wizard.py" line="224" />
            <source>Ressemblance</source>
            <translation>Likeness</translation>
        </message>
    </context>
    <context>
        <name>EligibilityPage</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/referral.py" line="170" />
            <source>Aucun dispositif choisi.</source>
            <translation>No programme chosen.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/referral.py" line="235" />
            <source>Ce dispositif n'a pas de critère d'éligibilité enregistré.</source>
            <translation>This programme has no eligibility criteria recorded.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/referral.py" line="192" />
            <source>Critère non rempli</source>
            <translation>Criterion not met</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/referral.py" line="191" />
            <source>Critère rempli</source>
            <translation>Criterion met</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/referral.py" line="168" />
            <source>Dispositif : {nom}</source>
            <translation>Programme: {nom}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/referral.py" line="136" />
            <source>Les critères sont vérifiés avec les informations saisies. Répondez aux questions que l'application ne peut pas trancher.</source>
            <translation>The criteria are checked against the information entered. Answer the questions the application cannot decide.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/referral.py" line="208" />
            <source>Non</source>
            <translation>No</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/referral.py" line="207" />
            <source>Oui</source>
            <translation>Yes</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/referral.py" line="228" />
            <source>Résultat : non éligible (au moins un critère n'est pas rempli).</source>
            <translation>Result: not eligible (at least one criterion is not met).</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/referral.py" line="231" />
            <source>Résultat : à compléter (des critères restent à vérifier).</source>
            <translation>Result: incomplete (some criteria remain to be checked).</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/referral.py" line="227" />
            <source>Résultat : éligible.</source>
            <translation>Result: eligible.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/referral.py" line="193" />
            <source>À vérifier</source>
            <translation>To be checked</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/referral.py" line="134" />
            <source>Éligibilité au dispositif</source>
            <translation>Eligibility for the programme</translation>
        </message>
    </context>
    <context>
        <name>Enregistrement</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/saving.py" line="81" />
            <source>Enregistrement en cours…</source>
            <translation>Saving…</translation>
        </message>
    </context>
    <context>
        <name>Entités</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="227" />
            <source>Accompagnement</source>
            <translation>Support programme</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="447" />
            <source>Accord de partage avec le SPIP</source>
            <translation>Consent to share with the probation service</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="302" />
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="261" />
            <source>Actualité</source>
            <translation>Contact</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="353" />
            <source>Aménagement de peine</source>
            <translation>Sentence adjustment</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="461" />
            <source>Commission</source>
            <translation>Commission</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="380" />
            <source>Consentement</source>
            <translation>Consent</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="404" />
            <source>Créneau de permanence</source>
            <translation>Drop-in slot</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="96" />
            <source>Dispositif</source>
            <translation>Programme</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="281" />
            <source>Frein</source>
            <translation>Barrier</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="433" />
            <source>Inscription à une permanence</source>
            <translation>Drop-in booking</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="124" />
            <source>Jeune</source>
            <translation>Young person</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="292" />
            <source>Objectif</source>
            <translation>Goal</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="320" />
            <source>Orientation</source>
            <translation>Referral to a partner</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="78" />
            <source>Partenaire</source>
            <translation>Partner</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="473" />
            <source>Passage en commission</source>
            <translation>Review by the commission</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="393" />
            <source>Pièce d'identité</source>
            <translation>Identity document</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="207" />
            <source>Positionnement</source>
            <translation>Referral</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="148" />
            <source>Profil socio-professionnel</source>
            <translation>Socio-professional profile</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="108" />
            <source>Référent</source>
            <translation>Referent</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="332" />
            <source>Situation</source>
            <translation>Situation</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="175" />
            <source>Suivi judiciaire</source>
            <translation>Justice follow-up</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="241" />
            <source>Éligibilité</source>
            <translation>Eligibility</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="66" />
            <source>Établissement</source>
            <translation>Establishment</translation>
        </message>
    </context>
    <context>
        <name>Erreurs</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/access_export/collect.py" line="263" />
            <location filename="../../src/dedans_dehors_desktop/reports/summary_select.py" line="678" />
            <source>Aucun jeune avec cet identifiant.</source>
            <translation>No young person with this identifier.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/errors.py" line="70" />
            <source>Aucune base n'existe dans ce dossier. Créez-en une avec « init ».</source>
            <translation>There is no database in this folder. Create one with “init”.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/storage/keyfile.py" line="139" />
            <source>C'est le seul accès à cette base : il ne peut pas être retiré.</source>
            <translation>This is the only access to this database: it cannot be withdrawn.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/storage/store.py" line="553" />
            <source>Ce fichier n'est pas une sauvegarde Dedans-Dehors. Rien n'a été modifié.</source>
            <translation>This file is not a Dedans-Dehors backup. Nothing was changed.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/errors.py" line="63" />
            <source>Ces données ont été écrites par une version plus récente de l'application. Installez la dernière version pour les ouvrir.</source>
            <translation>This data was written by a newer version of the application. Install the latest version to open it.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/storage/keyfile.py" line="125" />
            <source>Cet utilisateur existe déjà.</source>
            <translation>This user already exists.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/errors.py" line="32" />
            <source>Cet utilisateur n'a pas de clé sur ce poste.</source>
            <translation>This user has no key on this computer.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/summary_select.py" line="283" />
            <source>Cette actualité n'existe pas dans ce dossier.</source>
            <translation>This contact does not exist in this case file.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/errors.py" line="85" />
            <source>Cette phrase de passe est trop faible.</source>
            <translation>This passphrase is too weak.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/storage/selftest.py" line="87" />
            <source>Contrôle de sécurité échoué : {quoi}. Refus de démarrer.</source>
            <translation>Security check failed: {quoi}. Refusing to start.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/shell/errors.py" line="84" />
            <location filename="../../src/dedans_dehors_desktop/gui/shell/errors.py" line="93" />
            <source>Dedans-Dehors</source>
            <translation>Dedans-Dehors</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/errors.py" line="97" />
            <source>Fiche introuvable.</source>
            <translation>Record not found.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/storage/store.py" line="574" />
            <source>Fichier de sauvegarde introuvable.</source>
            <translation>Backup file not found.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/errors.py" line="152" />
            <source>L'accès de cet utilisateur est endommagé dans le fichier de clé (octets altérés) : ce n'est pas la phrase de passe qui est en cause. Un autre utilisateur de ce poste peut vous redonner accès, sinon restaurez une sauvegarde complète.</source>
            <translation>This user's access is damaged in the key file (altered bytes): the passphrase is not the cause. Another user of this computer can give you access again; otherwise restore a full backup.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/errors.py" line="126" />
            <source>La base a été remplacée (restauration ou copie) pendant qu'elle était ouverte ici. Rien n'a été enregistré dans l'ancienne copie : l'application se verrouille, déverrouillez-la pour travailler sur la base en vigueur.</source>
            <translation>The database was replaced (restore or copy) while it was open here. Nothing was saved into the old copy: the application locks itself; unlock it to work on the database now in force.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/storage/store.py" line="621" />
            <location filename="../../src/dedans_dehors_desktop/storage/store.py" line="629" />
            <source>La base contenue dans la sauvegarde est endommagée. Rien n'a été modifié.</source>
            <translation>The database inside the backup is damaged. Nothing was changed.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/errors.py" line="36" />
            <source>La base de données est endommagée ou n'est pas une base Dedans-Dehors chiffrée. Rien n'a été modifié. Restaurez la dernière sauvegarde.</source>
            <translation>The database is damaged or is not an encrypted Dedans-Dehors database. Nothing was changed. Restore the latest backup.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/errors.py" line="109" />
            <location filename="../../src/dedans_dehors_desktop/storage/store_lock.py" line="113" />
            <source>La base est déjà ouverte par un autre programme Dedans-Dehors. Fermez-le ou attendez la fin de son opération, puis réessayez. Rien n'a été modifié.</source>
            <translation>The database is already open in another Dedans-Dehors program. Close it or wait for its operation to finish, then try again. Nothing was changed.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/storage/store_lock.py" line="118" />
            <source>La base est déjà ouverte par {what} (utilisateur {who}, processus {pid}, depuis {time} le {date}). Fermez-la ou attendez la fin de son opération, puis réessayez. Rien n'a été modifié.</source>
            <translation>The database is already open in {what} (user {who}, process {pid}, since {time} on {date}). Close it or wait for its operation to finish, then try again. Nothing was changed.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/errors.py" line="118" />
            <source>La base est occupée par une opération en cours dans cette fenêtre (import, export, sauvegarde ou rapport). Attendez qu'elle se termine, puis réessayez. Rien n'a été modifié.</source>
            <translation>The database is busy with an operation running in this window (import, export, backup or report). Wait for it to finish, then try again. Nothing was changed.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/errors.py" line="136" />
            <source>La base et le fichier de clé ne vont pas ensemble : l'un des deux vient d'une autre base ou d'une autre sauvegarde. Rien n'a été modifié. Remettez les deux fichiers d'une même base (store.db et store.key), ou restaurez une sauvegarde complète.</source>
            <translation>The database and the key file do not belong together: one of them comes from another database or another backup. Nothing was changed. Put back both files of the same database (store.db and store.key), or restore a full backup.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/storage/store.py" line="308" />
            <source>La base et le fichier de clé ne vont pas ensemble. Rien n'a été modifié.</source>
            <translation>The database and the key file do not belong together. Nothing was changed.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/crypto/identity.py" line="64" />
            <source>La clé d'identité de ce poste est endommagée : les échanges avec le bureau sont impossibles. Restaurez la dernière sauvegarde.</source>
            <translation>This computer's identity key is damaged: exchanges with the office are impossible. Restore the latest backup.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/crypto/identity.py" line="57" />
            <source>La clé publique reçue est illisible ou endommagée : elle a été refusée. Refaites la demande d'inscription du poste.</source>
            <translation>The public key received is unreadable or damaged: it was refused. Make the computer's enrolment request again.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/shell/errors.py" line="33" />
            <source>La mémoire de l'ordinateur est insuffisante pour terminer l'opération.</source>
            <translation>The computer does not have enough memory to finish the operation.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/storage/connection.py" line="75" />
            <source>La protection mémoire de SQLCipher est inactive.</source>
            <translation>SQLCipher's memory protection is not active.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/storage/backup_anchor.py" line="59" />
            <location filename="../../src/dedans_dehors_desktop/storage/backup_anchor.py" line="63" />
            <location filename="../../src/dedans_dehors_desktop/storage/store.py" line="541" />
            <source>La sauvegarde est tronquée ou endommagée. Rien n'a été modifié.</source>
            <translation>The backup is truncated or damaged. Nothing was changed.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/errors.py" line="78" />
            <source>Le contrôle de sécurité au démarrage a échoué : l'application refuse de s'ouvrir plutôt que de travailler sans protection.</source>
            <translation>The start-up security check failed: the application refuses to open rather than work without protection.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/errors.py" line="160" />
            <source>Le disque est plein : l'opération n'a pas été faite et rien n'a été perdu. Libérez de la place (ou choisissez un autre support), puis réessayez.</source>
            <translation>The disk is full: the operation was not done and nothing was lost. Free some space (or choose another medium), then try again.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/errors.py" line="103" />
            <source>Le fichier a été refusé ; rien n'a été modifié.</source>
            <translation>The file was refused; nothing was changed.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/errors.py" line="144" />
            <source>Le fichier de clé demande une protection de la phrase de passe plus faible que le minimum de sécurité : il a été modifié ou ne vient pas de l'application. Il est refusé sans avoir essayé la phrase de passe. Restaurez une sauvegarde complète.</source>
            <translation>The key file asks for a passphrase protection weaker than the security minimum: it was modified or does not come from the application. It is refused without trying the passphrase. Restore a full backup.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/errors.py" line="57" />
            <source>Le fichier de clé est endommagé ou illisible. Restaurez une sauvegarde complète.</source>
            <translation>The key file is damaged or unreadable. Restore a complete backup.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/errors.py" line="50" />
            <source>Le fichier de clé est introuvable. Sans lui, la base ne peut pas être ouverte. Restaurez une sauvegarde complète (base et clé).</source>
            <translation>The key file cannot be found. Without it the database cannot be opened. Restore a complete backup (database and key).</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/storage/store.py" line="283" />
            <source>Le fichier de clé est là, mais la base est introuvable. Restaurez une sauvegarde.</source>
            <translation>The key file is there, but the database cannot be found. Restore a backup.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/storage/store.py" line="394" />
            <source>Le fichier de clé relu n'est pas celui qui vient d'être écrit : la modification n'est pas garantie. Vérifiez avec « users » et réessayez.</source>
            <translation>The key file read back is not the one just written: the change is not guaranteed. Check with “users” and try again.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/errors.py" line="43" />
            <source>Le fichier de la base n'est pas chiffré : il a été remplacé ou ne provient pas de l'application. Il est refusé et n'a pas été ouvert.</source>
            <translation>The database file is not encrypted: it was replaced or does not come from the application. It is refused and was not opened.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/shell/errors.py" line="35" />
            <source>Le fichier ou le dossier n'a pas pu être lu ou écrit (droits, disque plein ou support retiré).</source>
            <translation>The file or folder could not be read or written (permissions, full disk or removed drive).</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/storage/store.py" line="183" />
            <source>Le nom de la Mission Locale est obligatoire.</source>
            <translation>The Mission Locale's name is required.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/audit.py" line="56" />
            <source>Le secret statistique ne peut pas être garanti pour ce rapport : une valeur masquée resterait calculable à partir des autres. Aucun fichier n'a été écrit. Choisissez une période plus longue ou retirez la répartition en colonnes.</source>
            <translation>Statistical confidentiality cannot be guaranteed for this report: a masked value could still be computed from the others. No file was written. Choose a longer period or remove the column split.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/errors.py" line="167" />
            <source>Le support est en lecture seule (clé USB verrouillée, disque protégé ou dossier sans droit d'écriture) : rien n'a été modifié. Choisissez un support accessible en écriture, puis réessayez.</source>
            <translation>The medium is read-only (locked USB stick, protected disk or folder without write permission): nothing was changed. Choose a writable medium, then try again.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/crypto/bundle_format.py" line="139" />
            <source>Les données à exporter dépassent la taille maximale d'un paquet : l'export a été annulé et aucun fichier n'a été écrit.</source>
            <translation>The data to export exceeds the maximum size of a bundle: the export was cancelled and no file was written.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/storage/connection.py" line="77" />
            <source>Les fichiers temporaires ne sont pas en mémoire.</source>
            <translation>Temporary files are not kept in memory.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/storage/keyfile.py" line="123" />
            <source>Nom d'utilisateur invalide.</source>
            <translation>Invalid user name.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/errors.py" line="26" />
            <source>Phrase de passe incorrecte. Vérifiez la saisie (majuscules, accents) et réessayez.</source>
            <translation>Wrong passphrase. Check what you typed (capitals, accents) and try again.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/storage/keyfile.py" line="111" />
            <source>Plusieurs utilisateurs partagent ce poste : indiquez le vôtre.</source>
            <translation>Several users share this computer: enter yours.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/storage/store.py" line="180" />
            <source>Rôle inconnu : « office » ou « laptop ».</source>
            <translation>Unknown role: “office” or “laptop”.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/storage/connection.py" line="73" />
            <source>SQLCipher 4 ou plus est requis : refus de démarrer.</source>
            <translation>SQLCipher 4 or later is required: refusing to start.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/storage/connection.py" line="64" />
            <source>SQLCipher n'est pas disponible : refus de démarrer.</source>
            <translation>SQLCipher is not available: refusing to start.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/storage/keyfile.py" line="127" />
            <source>Trop d'utilisateurs sur ce poste.</source>
            <translation>Too many users on this computer.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/casework.py" line="253" />
            <source>Type de fiche inconnu : « {table} ».</source>
            <translation>Unknown record type: “{table}”.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/errors.py" line="74" />
            <source>Une base existe déjà dans ce dossier : elle n'a pas été remplacée.</source>
            <translation>A database already exists in this folder: it was not replaced.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/errors.py" line="15" />
            <source>Une erreur est survenue.</source>
            <translation>An error occurred.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/shell/errors.py" line="39" />
            <source>Une erreur inattendue est survenue. Rien n'a été modifié au-delà de la dernière opération terminée.</source>
            <translation>An unexpected error occurred. Nothing was changed beyond the last completed operation.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/storage/store.py" line="441" />
            <source>Vous ne pouvez pas retirer votre propre accès.</source>
            <translation>You cannot withdraw your own access.</translation>
        </message>
    </context>
    <context>
        <name>Fiche de liaison</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/liaison.py" line="86" />
            <source>Accompagnement</source>
            <translation>Support</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/liaison.py" line="27" />
            <source>Accompagnements</source>
            <translation>Support programmes</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/liaison.py" line="268" />
            <source>Accord du jeune</source>
            <translation>Young person's consent</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/liaison.py" line="29" />
            <source>Actions</source>
            <translation>Actions</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/liaison.py" line="150" />
            <source>Aucun jeune avec cet identifiant.</source>
            <translation>No young person with this identifier.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/liaison.py" line="270" />
            <source>Aucun élément n'est partagé pour le moment.</source>
            <translation>Nothing is shared for the moment.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/liaison.py" line="183" />
            <location filename="../../src/dedans_dehors_desktop/services/liaison.py" line="186" />
            <source>Cet élément ne peut pas être partagé.</source>
            <translation>This item cannot be shared.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/liaison.py" line="273" />
            <source>Chaque élément est transmis avec l'accord du jeune, recueilli pour cet élément à la date indiquée. Aucune note d'entretien n'est transmise sans un choix explicite, note par note.</source>
            <translation>Each item is sent with the young person's consent, given for that item on the date shown. No interview note is sent without an explicit choice, note by note.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/liaison.py" line="32" />
            <source>Entretiens et démarches</source>
            <translation>Interviews and steps</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/liaison.py" line="294" />
            <source>Fiche de liaison Mission Locale – SPIP</source>
            <translation>Liaison sheet Mission Locale – probation service</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/liaison.py" line="31" />
            <source>Freins</source>
            <translation>Barriers</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/liaison.py" line="261" />
            <source>Note : {note}</source>
            <translation>Note: {note}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/liaison.py" line="28" />
            <source>Objectifs</source>
            <translation>Goals</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/liaison.py" line="99" />
            <source>Orientation vers {partenaire}</source>
            <translation>Referral to {partenaire}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/liaison.py" line="30" />
            <source>Orientations</source>
            <translation>Referrals</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/liaison.py" line="26" />
            <source>Situations</source>
            <translation>Situations</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/liaison.py" line="81" />
            <source>depuis le {date}</source>
            <translation>since {date}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/liaison.py" line="264" />
            <source>le {date}</source>
            <translation>on {date}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/liaison.py" line="100" />
            <source>un partenaire</source>
            <translation>a partner</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/liaison.py" line="85" />
            <source>{dispositif}, depuis le {date}</source>
            <translation>{dispositif}, since {date}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/liaison.py" line="283" />
            <source>{prenoms} {nom}, né·e le {date}</source>
            <translation>{prenoms} {nom}, born on {date}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/liaison.py" line="288" />
            <source>À l'attention de {cpip}, CPIP</source>
            <translation>For {cpip}, probation officer</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/liaison.py" line="268" />
            <source>Élément</source>
            <translation>Item</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/liaison.py" line="290" />
            <source>Établie le {date} par {auteur}</source>
            <translation>Drawn up on {date} by {auteur}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/liaison.py" line="95" />
            <source>échéance le {date}</source>
            <translation>due on {date}</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/import_wizard.py" line="63" />
            <source>Aucun fichier choisi.</source>
            <translation>No file chosen.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/import_wizard.py" line="60" />
            <source>Choisir le fichier…</source>
            <translation>Choose the file…</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/import_wizard.py" line="106" />
            <source>Choisir le tableur</source>
            <translation>Choose the spreadsheet</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/import_wizard.py" line="83" />
            <source>Classeur Excel (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/import_wizard.py" line="81" />
            <source>Enregistrer le modèle</source>
            <translation>Save the template</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/import_wizard.py" line="117" />
            <source>Fichier : {name}</source>
            <translation>File: {name}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/import_wizard.py" line="49" />
            <source>Le fichier</source>
            <translation>The file</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/import_wizard.py" line="131" />
            <source>Le fichier ne peut pas être lu.</source>
            <translation>The file cannot be read.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/import_wizard.py" line="96" />
            <source>Le modèle n'a pas pu être enregistré ici.</source>
            <translation>The template could not be saved here.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/import_wizard.py" line="100" />
            <source>Modèle enregistré : {path}. Remplissez-le puis choisissez-le ici.</source>
            <translation>Template saved: {path}. Fill it in, then choose it here.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/import_wizard.py" line="107" />
            <source>Tableurs (*.xlsx *.csv *.txt)</source>
            <translation>Spreadsheets (*.xlsx *.csv *.txt)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/import_wizard.py" line="57" />
            <source>Télécharger le modèle…</source>
            <translation>Download the template…</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/import_wizard.py" line="51" />
            <source>Un tableur CSV ou Excel (.xlsx) : une feuille de jeunes et, si vous les avez, leurs accompagnements, contacts, situations et aménagements. Le modèle donne les colonnes attendues.</source>
            <translation>A CSV or Excel (.xlsx) spreadsheet: a sheet of young people and, if you have them, their accompaniments, contacts, situations and sentence adjustments. The template gives the expected columns.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/import_wizard.py" line="85" />
            <source>modele-import-dedans-dehors.xlsx</source>
            <translation>dedans-dehors-import-template.xlsx</translation>
        </message>
    </context>
    <context>
        <name>HelpDialog</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/shell/help_dialog.py" line="67" />
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/shell/help_dialog.py" line="53" />
            <source>Aide — raccourcis clavier</source>
            <translation>Help — keyboard shortcuts</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/shell/help_dialog.py" line="42" />
            <source>Cette aide</source>
            <translation>This help</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/shell/help_dialog.py" line="44" />
            <source>Cocher un thème ou une case</source>
            <translation>Tick a theme or a box</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/shell/help_dialog.py" line="45" />
            <source>Dans une date : jour suivant / précédent</source>
            <translation>In a date: next / previous day</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/shell/help_dialog.py" line="28" />
            <source>Enregistrer l'entretien (dans la fenêtre d'entretien)</source>
            <translation>Save the interview (in the interview window)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/shell/help_dialog.py" line="44" />
            <source>Espace</source>
            <translation>Space</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/shell/help_dialog.py" line="29" />
            <source>Fermer l'entretien en gardant le brouillon ; revenir à la liste</source>
            <translation>Close the interview keeping the draft; back to the list</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/shell/help_dialog.py" line="45" />
            <source>Haut / Bas</source>
            <translation>Up / Down</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/shell/help_dialog.py" line="39" />
            <source>Imprimer le récapitulatif pour le jeune</source>
            <translation>Print the summary for the young person</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/shell/help_dialog.py" line="36" />
            <source>La semaine : permanences prévues, rappels</source>
            <translation>The week: planned drop-in sessions, reminders</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/shell/help_dialog.py" line="32" />
            <source>Liste des jeunes</source>
            <translation>List of young people</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/shell/help_dialog.py" line="37" />
            <source>Mode parloir : masquer les informations judiciaires et les notes</source>
            <translation>Visiting-room mode: hide justice information and notes</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/shell/help_dialog.py" line="30" />
            <source>Nouveau jeune orienté par le SPIP</source>
            <translation>New young person referred by the SPIP</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/shell/help_dialog.py" line="27" />
            <source>Nouvel entretien pour le jeune affiché ou sélectionné</source>
            <translation>New interview for the young person shown or selected</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/shell/help_dialog.py" line="40" />
            <source>Paramètres</source>
            <translation>Settings</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/shell/help_dialog.py" line="33" />
            <source>Permanence du jour</source>
            <translation>Today's visiting session</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/shell/help_dialog.py" line="43" />
            <source>Quitter</source>
            <translation>Quit</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/shell/help_dialog.py" line="66" />
            <source>Raccourcis clavier</source>
            <translation>Keyboard shortcuts</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/shell/help_dialog.py" line="31" />
            <source>Rechercher un jeune</source>
            <translation>Find a young person</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/shell/help_dialog.py" line="41" />
            <source>Sauvegarde chiffrée de la base</source>
            <translation>Encrypted backup of the database</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/shell/help_dialog.py" line="34" />
            <source>Synchronisation</source>
            <translation>Synchronisation</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/shell/help_dialog.py" line="35" />
            <source>Tableau de bord</source>
            <translation>Dashboard</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/shell/help_dialog.py" line="67" />
            <source>Touches</source>
            <translation>Keys</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/shell/help_dialog.py" line="55" />
            <source>Tout se fait au clavier. L'application se verrouille seule après quelques minutes sans activité ; rien de ce qui est saisi n'est perdu : les entretiens en cours sont gardés en brouillon chiffré.</source>
            <translation>Everything can be done from the keyboard. The application locks itself after a few minutes without activity; nothing typed is lost: interviews in progress are kept as encrypted drafts.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/shell/help_dialog.py" line="38" />
            <source>Verrouiller tout de suite</source>
            <translation>Lock now</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/shell/help_dialog.py" line="84" />
            <source>À propos…</source>
            <translation>About…</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/intake.py" line="395" />
            <source>Colonnes ignorées : {columns}.</source>
            <translation>Ignored columns: {columns}.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/intake.py" line="391" />
            <source>Colonnes reconnues : {columns}.</source>
            <translation>Recognised columns: {columns}.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/intake.py" line="308" />
            <source>Doublons possibles à trancher (fusionner, ignorer ou créer) : {lines}. Rien n'a été importé.</source>
            <translation>Possible duplicates to settle (merge, skip or create): {lines}. Nothing was imported.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/intake.py" line="423" />
            <source>Doublons possibles, à trancher :</source>
            <translation>Possible duplicates, to settle:</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/intake.py" line="373" />
            <source>Feuille « {name} » ignorée (colonnes non reconnues).</source>
            <translation>Sheet “{name}” ignored (columns not recognised).</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/intake.py" line="193" />
            <source>Feuille « {sheet} », ligne {line}</source>
            <translation>Sheet “{sheet}”, row {line}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/apply.py" line="58" />
            <source>Ligne {ligne} : {erreur} Rien n'a été importé.</source>
            <translation>Line {ligne}: {erreur} Nothing was imported.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/intake.py" line="194" />
            <source>Ligne {line}</source>
            <translation>Row {line}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/intake.py" line="437" />
            <source>Lignes refusées (corrigez-les dans le tableur puis relancez l'import) :</source>
            <translation>Refused rows (correct them in the spreadsheet, then import again):</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/intake.py" line="143" />
            <source>jeune introuvable (ni sur la feuille des jeunes ni dans la base) : vérifiez nom, prénom et date de naissance</source>
            <translation>young person not found (neither on the young people sheet nor in the store): check last name, first name and date of birth</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/intake.py" line="141" />
            <source>plusieurs jeunes de la base ont ces nom, prénom et date de naissance</source>
            <translation>several young people in the store have this name and date of birth</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/intake.py" line="293" />
            <source>{n} ligne refusée : rien n'a été importé. Corrigez le fichier et recommencez.</source>
            <translation>{n} row refused: nothing was imported. Correct the file and start again.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/intake/apply.py" line="27" />
            <source>{n} ligne(s) refusée(s) : rien n'a été importé. Corrigez le fichier et recommencez.</source>
            <translation>{n} line(s) refused: nothing was imported. Correct the file and try again.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/intake.py" line="298" />
            <source>{n} lignes refusées : rien n'a été importé. Corrigez le fichier et recommencez.</source>
            <translation>{n} rows refused: nothing was imported. Correct the file and start again.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/intake.py" line="267" />
            <location filename="../../src/dedans_dehors_desktop/services/intake.py" line="322" />
            <source>{where} : {error} Rien n'a été importé.</source>
            <translation>{where}: {error} Nothing was imported.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/intake.py" line="427" />
            <source>{where} : {name} ressemble à {other} ({reason}).</source>
            <translation>{where}: {name} looks like {other} ({reason}).</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/intake.py" line="441" />
            <source>{where} : {reasons}.</source>
            <translation>{where}: {reasons}.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/intake.py" line="383" />
            <source>« {name} » lu comme {kind} : {rows}.</source>
            <translation>“{name}” read as {kind}: {rows}.</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/import_wizard.py" line="297" />
            <source>&lt; Précédent</source>
            <translation>&lt; Back</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/import_wizard.py" line="298" />
            <source>Annuler</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/import_wizard.py" line="295" />
            <source>Importer</source>
            <translation>Import</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/import_wizard.py" line="287" />
            <source>Importer un tableur</source>
            <translation>Import a spreadsheet</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/import_wizard.py" line="296" />
            <source>Suivant &gt;</source>
            <translation>Next &gt;</translation>
        </message>
    </context>
    <context>
        <name>Impression</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/print_preview.py" line="95" />
            <source>L'imprimante n'a pas pu être ouverte. Vérifiez qu'elle est allumée et réessayez.</source>
            <translation>The printer could not be opened. Check that it is switched on and try again.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/print_preview.py" line="678" />
            <source>Récapitulatif</source>
            <translation>Summary</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/fonts.py" line="40" />
            <source>[écriture non imprimable]</source>
            <translation>[unprintable script]</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/fonts.py" line="39" />
            <source>[émoji]</source>
            <translation>[emoji]</translation>
        </message>
    </context>
    <context>
        <name>InterviewDialog</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/interview.py" line="277" />
            <source>&amp;Ajouter une action</source>
            <translation>&amp;Add an action</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/interview.py" line="213" />
            <source>&amp;Date</source>
            <translation>&amp;Date</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/interview.py" line="236" />
            <source>&amp;Note</source>
            <translation>&amp;Note</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/interview.py" line="219" />
            <source>&amp;Type</source>
            <translation>&amp;Type</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/interview.py" line="589" />
            <source>Abandonner l'entretien</source>
            <translation>Discard the interview</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/interview.py" line="317" />
            <source>Abandonner…</source>
            <translation>Discard…</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/interview.py" line="273" />
            <source>Actions convenues</source>
            <translation>Actions agreed</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/interview.py" line="576" />
            <source>Attention : cette note semble contenir des détails sur l'infraction, la procédure ou la santé ({mots}). N'écrivez que ce qui sert l'accompagnement.</source>
            <translation>Careful: this note seems to contain details about the offence, the proceedings or health ({mots}). Only write what serves the support.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/interview.py" line="262" />
            <source>Aucun frein noté pour l'instant.</source>
            <translation>No barrier recorded yet.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/interview.py" line="566" />
            <source>Brouillon enregistré à {heure}.</source>
            <translation>Draft saved at {heure}.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/interview.py" line="562" />
            <source>Brouillon non enregistré : la base est occupée.</source>
            <translation>Draft not saved: the database is busy.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/interview.py" line="374" />
            <source>Brouillon repris.</source>
            <translation>Draft resumed.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/interview.py" line="186" />
            <source>Ce qui a été travaillé, les points d'étape. Pas de détail sur l'infraction ni sur la santé.</source>
            <translation>What was worked on, the milestones. No detail about the offence or health.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/interview.py" line="311" />
            <source>Ctrl+Entrée</source>
            <translation>Ctrl+Enter</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/interview.py" line="288" />
            <source>Date du prochain rendez-vous</source>
            <translation>Date of the next appointment</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/interview.py" line="217" />
            <source>Durée (min)</source>
            <translation>Duration (min)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/interview.py" line="590" />
            <source>Effacer ce qui a été saisi ? Le brouillon sera supprimé.</source>
            <translation>Erase what was typed? The draft will be deleted.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/interview.py" line="312" />
            <source>Enregistrer et imprimer</source>
            <translation>Save and print</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/interview.py" line="309" />
            <source>Enregistrer l'entretien</source>
            <translation>Save the interview</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/interview.py" line="314" />
            <source>Fermer (brouillon gardé)</source>
            <translation>Close (draft kept)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/interview.py" line="247" />
            <source>Freins</source>
            <translation>Barriers</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/interview.py" line="215" />
            <source>Heure</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/interview.py" line="291" />
            <source>Heure du prochain rendez-vous</source>
            <translation>Time of the next appointment</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/interview.py" line="209" />
            <source>L'entretien</source>
            <translation>The interview</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/interview.py" line="292" />
            <source>Le</source>
            <translation>On</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/interview.py" line="221" />
            <source>Lieu</source>
            <translation>Place</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/interview.py" line="270" />
            <source>Nouveau frein</source>
            <translation>New barrier</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/interview.py" line="268" />
            <source>Nouveau frein identifié</source>
            <translation>New barrier identified</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/interview.py" line="161" />
            <source>Nouvel entretien</source>
            <translation>New interview</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/interview.py" line="284" />
            <source>Prochain rendez-vous</source>
            <translation>Next appointment</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/interview.py" line="681" />
            <source>Prochain rendez-vous : {erreur}</source>
            <translation>Next appointment: {erreur}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/interview.py" line="223" />
            <source>Présence</source>
            <translation>Attendance</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/interview.py" line="254" />
            <source>Statut du frein : {theme}</source>
            <translation>Barrier status: {theme}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/interview.py" line="234" />
            <source>T&amp;hèmes (Espace pour cocher)</source>
            <translation>T&amp;hemes (Space to tick)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/interview.py" line="673" />
            <source>« Échéance » de l'action : date invalide (attendu jj/mm/aaaa).</source>
            <translation>Action “Deadline”: invalid date (expected dd/mm/yyyy).</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/interview.py" line="316" />
            <source>Échap : le brouillon reste enregistré</source>
            <translation>Esc: the draft stays saved</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/interview.py" line="225" />
            <source>Établissement</source>
            <translation>Establishment</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/interview.py" line="294" />
            <source>à</source>
            <translation>at</translation>
        </message>
    </context>
    <context>
        <name>Journal</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/storage/backup_anchor.py" line="71" />
            <source>Cette sauvegarde est celle d'une autre base : rien à comparer.</source>
            <translation>This backup belongs to another database: nothing to compare.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/log_audit.py" line="307" />
            <source>Journal de ce bureau : il s'arrête à la ligne {head}, mais le poste « {label} » en a reçu une tête à la ligne {seq} : des lignes ont été supprimées.</source>
            <translation>This office's log: it ends at line {head}, but the computer “{label}” received a head at line {seq}: lines were deleted.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/log_audit.py" line="315" />
            <source>Journal de ce bureau : sa ligne {seq} ne correspond plus à celle annoncée au poste « {label} » : il a été réécrit.</source>
            <translation>This office's log: its line {seq} no longer matches the one announced to the computer “{label}”: it was rewritten.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/log_audit.py" line="249" />
            <source>Journal du poste : il ne prolonge plus celui reçu le {date} : il a été réécrit à la ligne {seq} ou avant.</source>
            <translation>Computer's log: it no longer extends the one received on {date}: it was rewritten at line {seq} or before.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/log_audit.py" line="151" />
            <source>Journal du poste : la chaîne envoyée est rompue à la ligne {seq} (ligne modifiée ou retirée sur le poste).</source>
            <translation>Computer's log: the chain sent is broken at line {seq} (line modified or removed on the computer).</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/log_audit.py" line="160" />
            <source>Journal du poste : la dernière ligne annoncée n'est pas la dernière ligne envoyée.</source>
            <translation>Computer's log: the last line announced is not the last line sent.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/log_audit.py" line="264" />
            <source>Journal du poste : les lignes jusqu'à la {seq} ont été retirées avant la fin de leur durée de conservation (la ligne {seq} date du {at}).</source>
            <translation>Computer's log: the lines up to line {seq} were removed before the end of their retention period (line {seq} dates from {at}).</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/log_audit.py" line="238" />
            <source>Journal du poste : les lignes {first} à {last} n'ont jamais été reçues par le bureau et ne sont plus sur le poste.</source>
            <translation>Computer's log: lines {first} to {last} were never received by the office and are no longer on the computer.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/log_audit.py" line="226" />
            <source>Journal du poste : les lignes {first} à {last}, reçues le {date}, ont été supprimées du poste{examples}.</source>
            <translation>Computer's log: lines {first} to {last}, received on {date}, were deleted from the computer{examples}.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/log_audit.py" line="213" />
            <source>Journal du poste : ligne modifiée après sa réception : {what}.</source>
            <translation>Computer's log: line modified after it was received: {what}.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/log_audit.py" line="217" />
            <source>Journal du poste : {n} autres lignes modifiées.</source>
            <translation>Computer's log: {n} other lines modified.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/storage/backup_anchor.py" line="75" />
            <source>La tête de journal inscrite dans la sauvegarde du {date} a été falsifiée.</source>
            <translation>The log head recorded in the backup of {date} was forged.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/storage/backup_anchor.py" line="92" />
            <source>Le journal d'accès a été réécrit : sa ligne {seq} n'est plus celle que contenait la sauvegarde du {date}.</source>
            <translation>The access log was rewritten: its line {seq} is no longer the one the backup of {date} contained.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/storage/backup_anchor.py" line="83" />
            <source>Le journal d'accès s'arrête à la ligne {head} alors que la sauvegarde du {date} en contenait jusqu'à la ligne {seq} : des lignes ont été supprimées.</source>
            <translation>The access log ends at line {head} whereas the backup of {date} contained lines up to {seq}: lines were deleted.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/log_audit.py" line="128" />
            <source>ligne {seq} ({action}, {tbl} {record}, par {user}, le {at})</source>
            <translation>line {seq} ({action}, {tbl} {record}, by {user}, on {at})</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/log_audit.py" line="204" />
            <source>{old} devenue {new}</source>
            <translation>{old} became {new}</translation>
        </message>
    </context>
    <context>
        <name>LiaisonDialog</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/liaison_dialog.py" line="59" />
            <source>Accord du</source>
            <translation>Consent on</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/liaison_dialog.py" line="45" />
            <source>Cochez les éléments que le jeune accepte de partager avec son CPIP : chaque accord est enregistré et daté. Une note d'entretien n'est jointe que si le jeune l'accepte et que vous la choisissez pour cette fiche.</source>
            <translation>Tick the items the young person agrees to share with their probation officer: each consent is recorded and dated. An interview note is attached only if the young person agrees and you choose it for this sheet.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/liaison_dialog.py" line="187" />
            <source>Enregistrer la fiche de liaison</source>
            <translation>Save the liaison sheet</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/liaison_dialog.py" line="73" />
            <source>Enregistrer la fiche en PDF…</source>
            <translation>Save the sheet as PDF…</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/liaison_dialog.py" line="71" />
            <source>Enregistrer les accords</source>
            <translation>Save the consents</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/liaison_dialog.py" line="77" />
            <source>Fermer</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/liaison_dialog.py" line="39" />
            <source>Fiche de liaison SPIP</source>
            <translation>Probation liaison sheet</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/liaison_dialog.py" line="75" />
            <source>Imprimer…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/liaison_dialog.py" line="61" />
            <source>Joindre la note</source>
            <translation>Attach the note</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/liaison_dialog.py" line="165" />
            <source>Non imprimé ({raison}) : {texte}</source>
            <translation>Not printed ({raison}): {texte}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/liaison_dialog.py" line="60" />
            <source>Note partageable</source>
            <translation>Note may be shared</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/liaison_dialog.py" line="57" />
            <source>Partagé</source>
            <translation>Shared</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/liaison_dialog.py" line="188" />
            <source>fiche-liaison-{date}.pdf</source>
            <translation>liaison-sheet-{date}.pdf</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/liaison_dialog.py" line="58" />
            <source>Élément</source>
            <translation>Item</translation>
        </message>
    </context>
    <context>
        <name>Libellés</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="93" />
            <source>AAH</source>
            <translation>AAH (disability allowance)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="267" />
            <source>AFPA</source>
            <translation>AFPA</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="92" />
            <source>ARE</source>
            <translation>ARE (unemployment benefit)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="161" />
            <source>Abandon</source>
            <translation>Dropped out</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="251" />
            <source>Abandonnée</source>
            <translation>Abandoned</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="198" />
            <source>Absent</source>
            <translation>Absent</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="406" />
            <source>Absent·e</source>
            <translation>Absent</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="146" />
            <source>Accepté</source>
            <translation>Accepted</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="350" />
            <source>Accordé</source>
            <translation>Granted</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="206" />
            <source>Accès à l'emploi</source>
            <translation>Access to employment</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="224" />
            <source>Addictions</source>
            <translation>Addictions</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="277" />
            <source>Agence d'intérim</source>
            <translation>Temping agency</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="296" />
            <source>Alternance — apprentissage</source>
            <translation>Work-study — apprenticeship</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="297" />
            <source>Alternance — professionnalisation</source>
            <translation>Work-study — professionalisation contract</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="127" />
            <source>Aménagement de peine</source>
            <translation>Sentence adjustment</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="200" />
            <source>Annulé</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="252" />
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="407" />
            <source>Annulée</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="180" />
            <source>Appel téléphonique</source>
            <translation>Phone call</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="181" />
            <source>Atelier / information collective</source>
            <translation>Workshop / group information</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="360" />
            <source>Attestation d'hébergement</source>
            <translation>Accommodation certificate</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="73" />
            <source>Aucun diplôme</source>
            <translation>No diploma</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="349" />
            <source>Audience</source>
            <translation>Hearing</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="162" />
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="172" />
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="279" />
            <source>Autre</source>
            <translation>Other</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="140" />
            <source>Autre partenaire</source>
            <translation>Other partner</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="416" />
            <source>Autre pièce</source>
            <translation>Other document</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="287" />
            <source>Autre situation non professionnelle</source>
            <translation>Other non-work situation</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="95" />
            <source>Autres ressources</source>
            <translation>Other income</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="419" />
            <source>Bureau</source>
            <translation>Office</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="294" />
            <source>CDD</source>
            <translation>Fixed-term contract (CDD)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="293" />
            <source>CDI</source>
            <translation>Permanent contract (CDI)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="269" />
            <source>CHRS</source>
            <translation>CHRS (shelter)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="268" />
            <source>CSAPA</source>
            <translation>CSAPA (addiction care)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="412" />
            <source>Carte nationale d'identité</source>
            <translation>National identity card</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="119" />
            <source>Centre de détention</source>
            <translation>Detention centre (CD)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="121" />
            <source>Centre de semi-liberté</source>
            <translation>Semi-liberty centre (CSL)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="118" />
            <source>Centre pénitentiaire</source>
            <translation>Penitentiary centre (CP)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="83" />
            <source>Chez la famille</source>
            <translation>With family</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="84" />
            <source>Chez un tiers</source>
            <translation>With a third party</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="210" />
            <source>Citoyenneté / accès aux droits</source>
            <translation>Citizenship / access to rights</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="112" />
            <source>Condamné</source>
            <translation>Convicted</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="225" />
            <source>Contraintes familiales</source>
            <translation>Family constraints</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="298" />
            <source>Contrat aidé (PEC)</source>
            <translation>Subsidised contract (PEC)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="300" />
            <source>Création d'entreprise</source>
            <translation>Business creation</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="399" />
            <source>Demande du SPIP</source>
            <translation>Probation service's request</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="398" />
            <source>Depuis la liste</source>
            <translation>From the list</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="397" />
            <source>Depuis le dossier</source>
            <translation>From the case file</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="220" />
            <source>Difficultés administratives</source>
            <translation>Administrative difficulties</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="221" />
            <source>Difficultés financières</source>
            <translation>Financial difficulties</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="392" />
            <source>Dimanche</source>
            <translation>Sunday</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="56" />
            <source>Domicile</source>
            <translation>Home</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="178" />
            <source>Démarche administrative</source>
            <translation>Administrative step</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="139" />
            <source>Démarche du jeune</source>
            <translation>Young person's own request</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="158" />
            <source>Déménagement</source>
            <translation>Moved away</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="339" />
            <source>Détention à domicile sous surveillance électronique (DDSE, ex-PSE)</source>
            <translation>Home detention under electronic monitoring (DDSE, formerly PSE)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="179" />
            <source>E-mail / SMS / courrier</source>
            <translation>E-mail / text / letter</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="218" />
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="284" />
            <source>Emploi</source>
            <translation>Employment</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="154" />
            <source>Emploi court</source>
            <translation>Short-term job</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="153" />
            <source>Emploi durable</source>
            <translation>Lasting job</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="249" />
            <source>En attente</source>
            <translation>On hold</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="248" />
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="257" />
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="331" />
            <source>En cours</source>
            <translation>In progress</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="234" />
            <source>En cours de levée</source>
            <translation>Being removed</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="55" />
            <source>En détention</source>
            <translation>In detention</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="247" />
            <source>En projet</source>
            <translation>Planned</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="274" />
            <source>Entreprise adaptée</source>
            <translation>Adapted company</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="177" />
            <source>Entretien</source>
            <translation>Interview</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="183" />
            <source>Entretien tripartite</source>
            <translation>Three-way interview</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="359" />
            <source>Entrée en formation</source>
            <translation>Training entry</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="199" />
            <source>Excusé</source>
            <translation>Excused</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="260" />
            <source>Expirée</source>
            <translation>Expired</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="169" />
            <source>FIPD</source>
            <translation>FIPD</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="266" />
            <source>FJT</source>
            <translation>FJT (young workers' hostel)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="167" />
            <source>FSE</source>
            <translation>ESF</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="48" />
            <source>Femme</source>
            <translation>Female</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="129" />
            <source>Fin de peine sans aménagement (sortie sèche)</source>
            <translation>End of sentence without adjustment (“dry release”)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="155" />
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="207" />
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="219" />
            <source>Formation</source>
            <translation>Training</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="278" />
            <source>France Travail (ex-Pôle emploi)</source>
            <translation>France Travail (formerly Pôle emploi)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="275" />
            <source>GEIQ</source>
            <translation>GEIQ</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="49" />
            <source>Homme</source>
            <translation>Male</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="85" />
            <source>Hébergement précaire ou en structure</source>
            <translation>Precarious housing or in a facility</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="57" />
            <source>Hébergé chez un tiers</source>
            <translation>Staying with a third party</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="299" />
            <source>IAE</source>
            <translation>IAE (integration through work)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="271" />
            <source>IAE — association intermédiaire (AI)</source>
            <translation>IAE — intermediary association (AI)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="270" />
            <source>IAE — atelier et chantier d'insertion (ACI)</source>
            <translation>IAE — integration workshop (ACI)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="272" />
            <source>IAE — entreprise d'insertion (EI)</source>
            <translation>IAE — integration company (EI)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="273" />
            <source>IAE — entreprise de travail temporaire d'insertion (ETTI)</source>
            <translation>IAE — integration temping company (ETTI)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="68" />
            <source>III et plus — études supérieures</source>
            <translation>III and above — higher education</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="67" />
            <source>IV — terminale atteinte</source>
            <translation>IV — final year of secondary school reached</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="233" />
            <source>Identifié</source>
            <translation>Identified</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="286" />
            <source>Immersion en entreprise</source>
            <translation>Work placement</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="306" />
            <source>Incarcération / réincarcération</source>
            <translation>Incarceration / re-incarceration</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="188" />
            <source>Intra-muros</source>
            <translation>Inside prison</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="295" />
            <source>Intérim</source>
            <translation>Temporary work</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="389" />
            <source>Jeudi</source>
            <translation>Thursday</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="228" />
            <source>Justice</source>
            <translation>Justice</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="212" />
            <source>Justice / aménagement de peine</source>
            <translation>Justice / sentence adjustment</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="240" />
            <source>Le jeune</source>
            <translation>The young person</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="241" />
            <source>Le référent</source>
            <translation>The caseworker</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="235" />
            <source>Levé</source>
            <translation>Removed</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="340" />
            <source>Libération conditionnelle</source>
            <translation>Parole</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="128" />
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="341" />
            <source>Libération sous contrainte</source>
            <translation>Supervised early release (LSC)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="157" />
            <source>Limite d'âge</source>
            <translation>Age limit</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="189" />
            <source>Locaux Mission Locale</source>
            <translation>Mission Locale premises</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="208" />
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="217" />
            <source>Logement</source>
            <translation>Housing</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="82" />
            <source>Logement autonome</source>
            <translation>Own home</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="211" />
            <source>Loisirs, sport, culture</source>
            <translation>Leisure, sport, culture</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="386" />
            <source>Lundi</source>
            <translation>Monday</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="117" />
            <source>Maison d'arrêt</source>
            <translation>Remand prison (MA)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="387" />
            <source>Mardi</source>
            <translation>Tuesday</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="226" />
            <source>Maîtrise du français</source>
            <translation>French language skills</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="388" />
            <source>Mercredi</source>
            <translation>Wednesday</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="106" />
            <source>Milieu fermé</source>
            <translation>In custody</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="106" />
            <source>Milieu ouvert</source>
            <translation>In the community</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="301" />
            <source>Mobilisation / remobilisation</source>
            <translation>Mobilisation / remobilisation</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="222" />
            <source>Mobilité</source>
            <translation>Mobility</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="182" />
            <source>Médiation / visite</source>
            <translation>Mediation / visit</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="74" />
            <source>Niveau 3 (CAP, BEP)</source>
            <translation>Level 3 (CAP, BEP)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="75" />
            <source>Niveau 4 (Bac)</source>
            <translation>Level 4 (Baccalauréat)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="76" />
            <source>Niveau 5 (Bac+2)</source>
            <translation>Level 5 (Bac+2)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="77" />
            <source>Niveau 6 et plus</source>
            <translation>Level 6 and above</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="50" />
            <source>Non renseigné</source>
            <translation>Not specified</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="380" />
            <source>Non éligible</source>
            <translation>Not eligible</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="227" />
            <source>Numérique</source>
            <translation>Digital skills</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="374" />
            <source>Oral, noté par le référent</source>
            <translation>Oral, noted by the caseworker</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="276" />
            <source>Organisme de formation</source>
            <translation>Training provider</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="137" />
            <source>PJJ</source>
            <translation>PJJ (youth justice)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="168" />
            <source>PLIE</source>
            <translation>PLIE</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="304" />
            <source>PMSMP</source>
            <translation>PMSMP (work placement)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="191" />
            <source>Partenaire</source>
            <translation>Partner</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="100" />
            <source>Pas de permis</source>
            <translation>No licence</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="413" />
            <source>Passeport</source>
            <translation>Passport</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="102" />
            <source>Permis B</source>
            <translation>Car licence (B)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="101" />
            <source>Permis en cours</source>
            <translation>Licence in progress</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="342" />
            <source>Permission de sortir</source>
            <translation>Leave of absence</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="160" />
            <source>Perte de contact</source>
            <translation>Lost contact</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="338" />
            <source>Placement à l'extérieur</source>
            <translation>Outside placement</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="196" />
            <source>Planifié</source>
            <translation>Planned</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="419" />
            <source>Portable</source>
            <translation>Laptop</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="347" />
            <source>Projet</source>
            <translation>Project</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="205" />
            <source>Projet professionnel</source>
            <translation>Career plan</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="358" />
            <source>Promesse d'embauche</source>
            <translation>Job offer</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="145" />
            <source>Proposé</source>
            <translation>Proposed</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="302" />
            <source>Préformation / préqualification</source>
            <translation>Pre-training / pre-qualification</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="197" />
            <source>Présent</source>
            <translation>Present</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="111" />
            <source>Prévenu</source>
            <translation>Awaiting trial</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="330" />
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="404" />
            <source>Prévue</source>
            <translation>Planned</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="303" />
            <source>Qualification</source>
            <translation>Qualifying training</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="91" />
            <source>RSA</source>
            <translation>RSA (basic income)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="147" />
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="351" />
            <source>Refusé</source>
            <translation>Refused</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="259" />
            <source>Refusée</source>
            <translation>Refused</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="130" />
            <source>Remise en liberté</source>
            <translation>Released</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="348" />
            <source>Requête déposée</source>
            <translation>Application filed</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="250" />
            <source>Réalisée</source>
            <translation>Done</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="415" />
            <source>Récépissé de demande</source>
            <translation>Application receipt</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="159" />
            <source>Réincarcération</source>
            <translation>Re-incarceration</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="353" />
            <source>Révoqué</source>
            <translation>Revoked</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="367" />
            <source>SMS</source>
            <translation>Text messages</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="171" />
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="190" />
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="265" />
            <source>SPIP</source>
            <translation>SPIP</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="136" />
            <source>SPIP (CPIP)</source>
            <translation>SPIP (probation officer)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="391" />
            <source>Samedi</source>
            <translation>Saturday</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="59" />
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="86" />
            <source>Sans domicile</source>
            <translation>Homeless</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="94" />
            <source>Sans ressources</source>
            <translation>No income</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="148" />
            <source>Sans suite</source>
            <translation>Not followed up</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="209" />
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="223" />
            <source>Santé</source>
            <translation>Health</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="307" />
            <source>Scolarité</source>
            <translation>Schooling</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="337" />
            <source>Semi-liberté</source>
            <translation>Semi-liberty</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="156" />
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="305" />
            <source>Service civique</source>
            <translation>Civic service</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="122" />
            <source>Structure d'accompagnement vers la sortie</source>
            <translation>Release preparation unit (SAS)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="58" />
            <source>Structure d'hébergement</source>
            <translation>Housing facility</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="352" />
            <source>Terminé</source>
            <translation>Ended</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="332" />
            <source>Terminée</source>
            <translation>Ended</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="414" />
            <source>Titre de séjour</source>
            <translation>Residence permit</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="131" />
            <source>Transfert</source>
            <translation>Transfer</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="368" />
            <source>Transfert à une autre Mission Locale</source>
            <translation>Transfer to another Mission Locale</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="366" />
            <source>Transmission à un partenaire</source>
            <translation>Sharing with a partner</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="242" />
            <source>Un partenaire</source>
            <translation>A partner</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="65" />
            <source>V bis — fin de 3e ou avant l'année terminale de CAP/BEP</source>
            <translation>V bis — end of lower secondary or before the final year of CAP/BEP</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="66" />
            <source>V — année terminale de CAP/BEP, ou lycée avant la terminale</source>
            <translation>V — final year of CAP/BEP, or upper secondary before the final year</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="64" />
            <source>VI — sortie avant la fin du collège</source>
            <translation>VI — left before the end of lower secondary</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="258" />
            <source>Validée</source>
            <translation>Approved</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="390" />
            <source>Vendredi</source>
            <translation>Friday</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="170" />
            <source>Ville</source>
            <translation>Town</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="405" />
            <source>Vu·e</source>
            <translation>Seen</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="381" />
            <source>À compléter</source>
            <translation>Incomplete</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="365" />
            <source>Échange avec le SPIP</source>
            <translation>Sharing with the SPIP</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="373" />
            <source>Écrit signé</source>
            <translation>Signed in writing</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="379" />
            <source>Éligible</source>
            <translation>Eligible</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="138" />
            <source>Établissement</source>
            <translation>Establishment</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="120" />
            <source>Établissement pénitentiaire pour mineurs</source>
            <translation>Young offenders' institution (EPM)</translation>
        </message>
    </context>
    <context>
        <name>Ligne de commande</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/cli/week_cmds.py" line="125" />
            <source> (toutes les {n} semaines)</source>
            <translation> (every {n} weeks)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/cli/summary_cmds.py" line="114" />
            <source>(ne peut pas être imprimée telle quelle)</source>
            <translation>(cannot be printed as it is)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/cli/summary_cmds.py" line="239" />
            <source>(non renseigné)</source>
            <translation>(not given)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/cli/summary_cmds.py" line="241" />
            <source>Adresse : {valeur}</source>
            <translation>Address: {valeur}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/cli/summary_cmds.py" line="223" />
            <source>Attention : ces deux fichiers contiennent EN CLAIR toutes les données du jeune (notes et informations judiciaires comprises). Remettez-les à la personne de façon sécurisée, puis supprimez-les de ce poste.</source>
            <translation>Warning: these two files hold ALL the young person's data UNENCRYPTED (notes and justice information included). Hand them to the person securely, then delete them from this computer.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/cli/week_cmds.py" line="173" />
            <location filename="../../src/dedans_dehors_desktop/cli/week_cmds.py" line="181" />
            <source>Attention : {texte}</source>
            <translation>Warning: {texte}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/cli/week_cmds.py" line="132" />
            <source>Aucun créneau.</source>
            <translation>No slot.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/cli/week_cmds.py" line="238" />
            <source>Aucun rappel.</source>
            <translation>No reminder.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/cli/week_cmds.py" line="252" />
            <source>Aucune commission.</source>
            <translation>No commission.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/cli/summary_cmds.py" line="127" />
            <source>Aucune ligne retenue.</source>
            <translation>No line held back.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/cli/week_cmds.py" line="292" />
            <source>Décision enregistrée.</source>
            <translation>Decision recorded.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/cli/summary_cmds.py" line="216" />
            <source>Export du droit d'accès écrit ({fiches} fiches, {lignes} lignes du journal) :</source>
            <translation>Right of access export written ({fiches} records, {lignes} log lines):</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/cli/week_cmds.py" line="221" />
            <source>Fiche de liaison écrite ({n} élément(s) partagé(s)) : {fichier}</source>
            <translation>Liaison sheet written ({n} item(s) shared): {fichier}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/cli/summary_cmds.py" line="123" />
            <source>Imprimées après confirmation ({n}) :</source>
            <translation>Printed after confirmation ({n}):</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/cli/summary_cmds.py" line="108" />
            <source>Lignes retenues, non imprimées ({n}) :</source>
            <translation>Lines held back, not printed ({n}):</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/cli/week_cmds.py" line="274" />
            <source>Liste de la commission écrite ({n} jeune(s)) : {fichier}</source>
            <translation>Commission's list written ({n} young person(s)): {fichier}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/cli/week_cmds.py" line="212" />
            <source>Liste du jour écrite ({n} jeune(s)) : {fichier}</source>
            <translation>Day's list written ({n} young person(s)): {fichier}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/cli/summary_cmds.py" line="240" />
            <source>Nom : {valeur}</source>
            <translation>Name: {valeur}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/cli/summary_cmds.py" line="116" />
            <source>Pour les imprimer : --reecrire N "texte pour le jeune", ou --imprimer-quand-meme N après relecture.</source>
            <translation>To print them: --reecrire N "text for the youth", or --imprimer-quand-meme N after review.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/cli/summary_cmds.py" line="157" />
            <source>Récapitulatif écrit : {fichier}</source>
            <translation>Summary written: {fichier}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/cli/summary_cmds.py" line="242" />
            <source>Téléphone : {valeur}</source>
            <translation>Telephone: {valeur}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/cli/week_cmds.py" line="227" />
            <location filename="../../src/dedans_dehors_desktop/cli/week_cmds.py" line="279" />
            <source>Une ligne non imprimée ({raison}).</source>
            <translation>One line not printed ({raison}).</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/cli/summary_cmds.py" line="88" />
            <source>aucune ligne n'est retenue dans ce récapitulatif.</source>
            <translation>no line is held back in this summary.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/cli/week_cmds.py" line="290" />
            <source>ce jeune n'est pas sur la liste de cette commission.</source>
            <translation>this young person is not on this commission's list.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/cli/summary_cmds.py" line="148" />
            <source>impossible d'écrire le fichier ({raison}).</source>
            <translation>cannot write the file ({raison}).</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/cli/week_cmds.py" line="196" />
            <source>indiquez --creneau ou --etablissement.</source>
            <translation>give --creneau or --etablissement.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/cli/week_cmds.py" line="184" />
            <source>inscription non faite ; relancez avec --malgre-avertissement pour confirmer.</source>
            <translation>not booked; run again with --malgre-avertissement to confirm.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/cli/summary_cmds.py" line="187" />
            <source>la ligne n° {n} ne peut pas être imprimée telle quelle ({raisons}).</source>
            <translation>line {n} cannot be printed as it is ({raisons}).</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/cli/summary_cmds.py" line="175" />
            <source>la ligne n° {n} ne se réécrit pas : « --imprimer-quand-meme » ou la fiche elle-même.</source>
            <translation>line {n} cannot be rewritten: use “--imprimer-quand-meme” or edit the record itself.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/cli/summary_cmds.py" line="135" />
            <source>le dossier de destination n'existe pas.</source>
            <translation>the destination folder does not exist.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/cli/summary_cmds.py" line="172" />
            <source>le texte pour le jeune ne peut pas être vide.</source>
            <translation>the text for the youth cannot be empty.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/cli/summary_cmds.py" line="90" />
            <source>ligne retenue n° {n} inconnue (numéros de 1 à {max}).</source>
            <translation>no held line number {n} (numbers 1 to {max}).</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/cli/week_cmds.py" line="249" />
            <source>{n} jeune(s)</source>
            <translation>{n} young person(s)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/cli/week_cmds.py" line="265" />
            <source>{n} jeune(s) ajouté(s).</source>
            <translation>{n} young person(s) added.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/cli/week_cmds.py" line="204" />
            <source>{n} permanence(s) ce jour-là dans cet établissement : précisez --creneau.</source>
            <translation>{n} drop-in session(s) that day in this establishment: give --creneau.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/cli/summary_cmds.py" line="133" />
            <source>« --out » doit être un fichier PDF, pas un dossier.</source>
            <translation>“--out” must be a PDF file, not a folder.</translation>
        </message>
    </context>
    <context>
        <name>Liste du jour</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/day_list.py" line="132" />
            <source>Actions convenues</source>
            <translation>Actions agreed</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/day_list.py" line="132" />
            <source>Dernier entretien</source>
            <translation>Last interview</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/day_list.py" line="138" />
            <source>Document de travail du référent : ne pas le laisser à l'établissement ni le remettre au jeune.</source>
            <translation>The counsellor's working document: do not leave it at the establishment nor hand it to the young person.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/day_list.py" line="132" />
            <source>Heure</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/day_list.py" line="77" />
            <source>Identifiant</source>
            <translation>Identifier</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/day_list.py" line="132" />
            <source>Jeune</source>
            <translation>Young person</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/day_list.py" line="68" />
            <source>Liste des personnes à rencontrer</source>
            <translation>People to see</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/day_list.py" line="77" />
            <source>Nom</source>
            <translation>Surname</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/day_list.py" line="77" />
            <source>Prénom</source>
            <translation>First name</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/day_list.py" line="123" />
            <source>Préparation de la permanence (document personnel)</source>
            <translation>Preparing the drop-in session (personal document)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/day_list.py" line="117" />
            <source>jamais vu·e</source>
            <translation>never seen</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/day_list.py" line="71" />
            <location filename="../../src/dedans_dehors_desktop/services/day_list.py" line="126" />
            <source>{jour}, de {debut} à {fin}</source>
            <translation>{jour}, from {debut} to {fin}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/day_list.py" line="136" />
            <source>À ne pas remettre</source>
            <translation>Not to be handed out</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/shell/main_window.py" line="611" />
            <source>Actions</source>
            <translation>Actions</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/shell/main_window.py" line="562" />
            <location filename="../../src/dedans_dehors_desktop/gui/shell/main_window.py" line="574" />
            <source>Aide</source>
            <translation>Help</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/shell/main_window.py" line="606" />
            <source>Annuaires</source>
            <translation>Directories</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/shell/main_window.py" line="585" />
            <source>Copie de sauvegarde…</source>
            <translation>Backup copy…</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/shell/main_window.py" line="601" />
            <source>Jeunes</source>
            <translation>Young people</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/shell/main_window.py" line="551" />
            <source>Mode parloir</source>
            <translation>Visiting-room mode</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/shell/main_window.py" line="650" />
            <source>Mode parloir : informations judiciaires et notes masquées</source>
            <translation>Visiting-room mode: justice information and notes hidden</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/shell/main_window.py" line="544" />
            <source>Nouveau jeune</source>
            <translation>New young person</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/shell/main_window.py" line="537" />
            <source>Nouvel entretien</source>
            <translation>New interview</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/shell/main_window.py" line="581" />
            <source>Paramètres</source>
            <translation>Settings</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/shell/main_window.py" line="602" />
            <source>Permanence</source>
            <translation>Visiting session</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/shell/main_window.py" line="595" />
            <source>Quitter</source>
            <translation>Quit</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/shell/main_window.py" line="568" />
            <source>Raccourcis clavier</source>
            <translation>Keyboard shortcuts</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/shell/main_window.py" line="592" />
            <source>Rechercher</source>
            <translation>Search</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/shell/main_window.py" line="605" />
            <source>Semaine</source>
            <translation>Week</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/shell/main_window.py" line="707" />
            <source>Session : {user}</source>
            <translation>Session: {user}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/shell/main_window.py" line="603" />
            <source>Synchronisation</source>
            <translation>Synchronisation</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/shell/main_window.py" line="604" />
            <source>Tableau de bord</source>
            <translation>Dashboard</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/shell/main_window.py" line="559" />
            <source>Verrouiller</source>
            <translation>Lock</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/shell/main_window.py" line="685" />
            <source>Verrouillé</source>
            <translation>Locked</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/shell/main_window.py" line="705" />
            <source>{structure} ({role})</source>
            <translation>{structure} ({role})</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/shell/main_window.py" line="571" />
            <source>À propos de Dedans-Dehors</source>
            <translation>About Dedans-Dehors</translation>
        </message>
    </context>
    <context>
        <name>OsLockWatcher</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/lock/os_lock.py" line="307" />
            <source>Fermer les dossiers chiffrés avant la mise en veille</source>
            <translation>Close the encrypted case files before going to sleep</translation>
        </message>
    </context>
    <context>
        <name>Paquets</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/crypto/bundle_errors.py" line="37" />
            <source>Ce fichier n'est pas un paquet d'échange Dedans-Dehors : il a été refusé.</source>
            <translation>This file is not a Dedans-Dehors exchange bundle: it was refused.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/crypto/bundle_errors.py" line="89" />
            <source>Ce paquet a expiré : il a été refusé. Demandez un nouvel export au poste d'origine.</source>
            <translation>This bundle has expired: it was refused. Ask the computer it came from for a new export.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/crypto/bundle_errors.py" line="106" />
            <source>Ce paquet a été modifié ou endommagé depuis son export (ses indications de taille ou d'expéditeur ne correspondent plus au fichier) : il a été refusé. Recopiez-le depuis le poste d'origine ou refaites l'export.</source>
            <translation>This bundle was altered or damaged after its export (its size or sender information no longer matches the file): it was refused. Copy it again from the original device or export again.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/crypto/bundle_errors.py" line="40" />
            <source>Ce paquet a été écrit dans un format plus récent ou inconnu. Installez la dernière version de l'application sur ce poste, puis réessayez.</source>
            <translation>This bundle was written in a newer or unknown format. Install the latest version of the application on this computer, then try again.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/crypto/bundle_errors.py" line="53" />
            <source>Ce paquet dépasse la taille maximale autorisée (2 Gio) : il a été refusé.</source>
            <translation>This bundle exceeds the maximum size allowed (2 GiB): it was refused.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/crypto/bundle_errors.py" line="86" />
            <source>Ce paquet est destiné à un autre poste : il a été refusé.</source>
            <translation>This bundle is addressed to another computer: it was refused.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/crypto/bundle_errors.py" line="59" />
            <source>Ce paquet est incomplet : la copie a sans doute été interrompue. Recopiez-le depuis le poste d'origine.</source>
            <translation>This bundle is incomplete: the copy was probably interrupted. Copy it again from the computer it came from.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/crypto/bundle_errors.py" line="93" />
            <source>Ce paquet ne peut pas être déchiffré avec la clé de ce poste (clé renouvelée depuis l'export ?). Demandez un nouvel export au poste d'origine.</source>
            <translation>This bundle cannot be decrypted with this computer's key (key renewed since the export?). Ask the computer it came from for a new export.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/crypto/bundle_errors.py" line="73" />
            <source>Ce paquet provient d'un poste inconnu, non inscrit auprès de la Mission Locale : il a été refusé.</source>
            <translation>This bundle comes from an unknown computer, not enrolled with the Mission Locale: it was refused.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/crypto/bundle_errors.py" line="78" />
            <source>Ce paquet provient d'un poste révoqué : il a été refusé. Signalez-le au référent sécurité de la Mission Locale.</source>
            <translation>This bundle comes from a revoked computer: it was refused. Report it to the Mission Locale's security officer.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/crypto/bundle_errors.py" line="45" />
            <source>Ce paquet utilise une méthode de chiffrement inconnue ou trop faible (sans protection post-quantique) : il a été refusé.</source>
            <translation>This bundle uses an unknown or too weak encryption method (without post-quantum protection): it was refused.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/crypto/bundle_errors.py" line="64" />
            <source>Des données ont été ajoutées à la fin de ce paquet : il a été refusé.</source>
            <translation>Data was added at the end of this bundle: it was refused.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/crypto/bundle_errors.py" line="50" />
            <source>L'en-tête de ce paquet dépasse la taille autorisée : il a été refusé.</source>
            <translation>This bundle's header exceeds the size allowed: it was refused.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/crypto/bundle_errors.py" line="83" />
            <source>L'en-tête de ce paquet est mal formé : il a été refusé.</source>
            <translation>This bundle's header is malformed: it was refused.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/crypto/bundle_errors.py" line="68" />
            <source>La signature de ce paquet n'est pas valide : il a été modifié ou endommagé depuis son export. Il a été refusé.</source>
            <translation>This bundle's signature is not valid: it was modified or damaged since its export. It was refused.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/crypto/bundle_errors.py" line="98" />
            <source>Le contenu chiffré de ce paquet est endommagé ou a été modifié pendant sa lecture : il a été refusé.</source>
            <translation>The encrypted content of this bundle is damaged or was modified while being read: it was refused.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/crypto/bundle_errors.py" line="103" />
            <source>Le contenu de ce paquet dépasse la taille que ce poste accepte.</source>
            <translation>The content of this bundle exceeds the size this computer accepts.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/crypto/bundle_errors.py" line="56" />
            <source>Les tailles annoncées dans ce paquet sont incohérentes : il a été refusé.</source>
            <translation>The sizes stated in this bundle are inconsistent: it was refused.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/crypto/bundle_errors.py" line="35" />
            <location filename="../../src/dedans_dehors_desktop/sync/errors.py" line="16" />
            <source>Rien n'a été modifié.</source>
            <translation>Nothing was changed.</translation>
        </message>
    </context>
    <context>
        <name>Passphrase</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/passphrase.py" line="287" />
            <source>Ajoutez au moins deux de ces types : {missing}</source>
            <translation>Add at least two of these kinds: {missing}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/passphrase.py" line="261" />
            <location filename="../../src/dedans_dehors_desktop/core/passphrase.py" line="275" />
            <location filename="../../src/dedans_dehors_desktop/core/passphrase.py" line="281" />
            <source>Ajoutez {missing}</source>
            <translation>Add {missing}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/passphrase.py" line="269" />
            <source>Ajoutez {missing} ou allez jusqu'à 14 caractères</source>
            <translation>Add {missing} or go up to 14 characters</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/passphrase.py" line="61" />
            <source>Au moins 12 caractères avec minuscules, majuscules, chiffres et caractères spéciaux, ou 14 caractères avec trois de ces types, ou une phrase de 7 mots.</source>
            <translation>At least 12 characters with lower-case and capital letters, digits and special characters, or 14 characters with three of these kinds, or a phrase of 7 words.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/passphrase.py" line="199" />
            <source>C'est un mot de passe courant auquel on a seulement ajouté des chiffres, des symboles ou des répétitions</source>
            <translation>It is a common password with only digits, symbols or repetitions added</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/passphrase.py" line="195" />
            <source>Ce mot de passe fait partie des plus courants</source>
            <translation>This password is one of the most common ones</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/passphrase.py" line="239" />
            <source>Phrase trop courte : {words} mot sur 7 au minimum (les mots de moins de 3 lettres ou répétés ne comptent pas)</source>
            <translation>Phrase too short: {words} word out of at least 7 (words under 3 letters or repeated do not count)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/passphrase.py" line="245" />
            <source>Phrase trop courte : {words} mots sur 7 au minimum (les mots de moins de 3 lettres ou répétés ne comptent pas)</source>
            <translation>Phrase too short: {words} words out of at least 7 (words under 3 letters or repeated do not count)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/passphrase.py" line="254" />
            <source>Trop courte : {n} caractère sur 12 au minimum</source>
            <translation>Too short: {n} character out of at least 12</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/passphrase.py" line="256" />
            <source>Trop courte : {n} caractères sur 12 au minimum</source>
            <translation>Too short: {n} characters out of at least 12</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/passphrase.py" line="207" />
            <source>Trop prévisible : ajoutez des caractères variés ou d'autres mots</source>
            <translation>Too predictable: add varied characters or other words</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/passphrase.py" line="220" />
            <source>caractères spéciaux</source>
            <translation>special characters</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/passphrase.py" line="219" />
            <source>chiffres</source>
            <translation>digits</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/passphrase.py" line="214" />
            <source>des caractères spéciaux</source>
            <translation>special characters</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/passphrase.py" line="213" />
            <source>des chiffres</source>
            <translation>digits</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/passphrase.py" line="212" />
            <source>des majuscules</source>
            <translation>capital letters</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/passphrase.py" line="211" />
            <source>des minuscules</source>
            <translation>lower-case letters</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/passphrase.py" line="259" />
            <location filename="../../src/dedans_dehors_desktop/core/passphrase.py" line="276" />
            <source>et</source>
            <translation>and</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/passphrase.py" line="218" />
            <source>majuscules</source>
            <translation>capital letters</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/passphrase.py" line="217" />
            <source>minuscules</source>
            <translation>lower-case letters</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/passphrase.py" line="282" />
            <source>ou</source>
            <translation>or</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/passphrase.py" line="306" />
            <source>Évitez de répéter un caractère ou un groupe de caractères (aaaa, abcabc)</source>
            <translation>Avoid repeating a character or a group of characters (aaaa, abcabc)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/passphrase.py" line="320" />
            <source>Évitez les dates et les années (naissance, anniversaire…)</source>
            <translation>Avoid dates and years (birth, anniversary…)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/passphrase.py" line="298" />
            <source>Évitez les mots de passe courants, prénoms ou villes, même complétés de chiffres ou de symboles</source>
            <translation>Avoid common passwords, first names or towns, even with digits or symbols added</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/passphrase.py" line="313" />
            <source>Évitez les suites de caractères ou de touches du clavier (abcd, 1234, azerty)</source>
            <translation>Avoid sequences of characters or keyboard keys (abcd, 1234, qwerty)</translation>
        </message>
    </context>
    <context>
        <name>PassphrasePage</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/lock/setup_wizard.py" line="132" />
            <source>&amp;Confirmation</source>
            <translation>&amp;Confirmation</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/lock/setup_wizard.py" line="129" />
            <source>&amp;Phrase de passe</source>
            <translation>&amp;Passphrase</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/lock/setup_wizard.py" line="121" />
            <source>Afficher</source>
            <translation>Show</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/lock/setup_wizard.py" line="159" />
            <source>Bonne</source>
            <translation>Good</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/lock/setup_wizard.py" line="107" />
            <source>Confirmation de la phrase de passe</source>
            <translation>Passphrase confirmation</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/lock/setup_wizard.py" line="160" />
            <source>Excellente</source>
            <translation>Excellent</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/lock/setup_wizard.py" line="157" />
            <source>Faible</source>
            <translation>Weak</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/lock/setup_wizard.py" line="172" />
            <source>La confirmation ne correspond pas.</source>
            <translation>The confirmation does not match.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/lock/setup_wizard.py" line="89" />
            <source>La phrase de passe protège tous les dossiers. Elle ne peut pas être retrouvée si elle est oubliée : notez-la en lieu sûr.</source>
            <translation>The passphrase protects every case file. It cannot be recovered if forgotten: write it down somewhere safe.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/lock/setup_wizard.py" line="158" />
            <source>Moyenne</source>
            <translation>Fair</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/lock/setup_wizard.py" line="128" />
            <source>Nom d'&amp;utilisateur</source>
            <translation>&amp;User name</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/lock/setup_wizard.py" line="97" />
            <source>Nom d'utilisateur</source>
            <translation>User name</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/lock/setup_wizard.py" line="102" />
            <source>Phrase de passe</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/lock/setup_wizard.py" line="168" />
            <source>Solidité : {niveau} — {etat}</source>
            <translation>Strength: {niveau} — {etat}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/lock/setup_wizard.py" line="113" />
            <source>Solidité de la phrase de passe</source>
            <translation>Passphrase strength</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/lock/setup_wizard.py" line="156" />
            <source>Très faible</source>
            <translation>Very weak</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/lock/setup_wizard.py" line="87" />
            <source>Votre compte</source>
            <translation>Your account</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/lock/setup_wizard.py" line="166" />
            <source>conforme à la règle</source>
            <translation>meets the rule</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/lock/setup_wizard.py" line="166" />
            <source>refusée</source>
            <translation>refused</translation>
        </message>
    </context>
    <context>
        <name>PermanencePage</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/permanence.py" line="143" />
            <source>Aujourd'hui</source>
            <translation>Today</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/permanence.py" line="133" />
            <source>Date de la permanence</source>
            <translation>Date of the session</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/permanence.py" line="169" />
            <source>Démarrer l'entretien</source>
            <translation>Start the interview</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/permanence.py" line="136" />
            <location filename="../../src/dedans_dehors_desktop/gui/pages/permanence.py" line="137" />
            <source>Jour précédent</source>
            <translation>Previous day</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/permanence.py" line="140" />
            <location filename="../../src/dedans_dehors_desktop/gui/pages/permanence.py" line="141" />
            <source>Jour suivant</source>
            <translation>Next day</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/permanence.py" line="167" />
            <source>Ouvrir le dossier</source>
            <translation>Open the case file</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/permanence.py" line="116" />
            <source>Permanence</source>
            <translation>Visiting session</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/permanence.py" line="149" />
            <source>Rendez-vous de la permanence</source>
            <translation>Appointments of the session</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/permanence.py" line="259" />
            <source>{n} rendez-vous, dont {p} à venir</source>
            <translation>{n} appointments, {p} still to come</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/permanence.py" line="120" />
            <source>Établissement de la permanence</source>
            <translation>Establishment of the session</translation>
        </message>
    </context>
    <context>
        <name>Rappels</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/reminders.py" line="205" />
            <source>Action en retard</source>
            <translation>Overdue action</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/reminders.py" line="133" />
            <source>Action en retard depuis le {date} : {action}</source>
            <translation>Overdue since {date}: {action}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/reminders.py" line="148" />
            <source>Aucun contact enregistré.</source>
            <translation>No contact recorded.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/reminders.py" line="208" />
            <source>Commission</source>
            <translation>Commission</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/reminders.py" line="191" />
            <source>Commission du {date} : {n} jeune(s) à présenter.</source>
            <translation>Commission on {date}: {n} young person(s) to present.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/reminders.py" line="157" />
            <source>Pas de contact depuis le {date}.</source>
            <translation>No contact since {date}.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/reminders.py" line="207" />
            <source>Pièce d'identité</source>
            <translation>Identity document</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/reminders.py" line="206" />
            <source>Sans contact</source>
            <translation>No contact</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/reminders.py" line="68" />
            <source>Seuil hors limites ({lo} à {hi}).</source>
            <translation>Threshold out of range ({lo} to {hi}).</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/reminders.py" line="204" />
            <source>Sortie proche</source>
            <translation>Release soon</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/reminders.py" line="118" />
            <source>Sortie prévue le {date} : {freins} non résolu(s).</source>
            <translation>Release expected on {date}: {freins} not solved.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/reminders.py" line="171" />
            <source>{piece} : expire le {date}.</source>
            <translation>{piece}: expires on {date}.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/reminders.py" line="169" />
            <source>{piece} : expirée depuis le {date}.</source>
            <translation>{piece}: expired since {date}.</translation>
        </message>
    </context>
    <context>
        <name>Rapport d'activité</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/tables.py" line="64" />
            <source>1 contact</source>
            <translation>1 contact</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/tables.py" line="68" />
            <source>11 à 20 contacts</source>
            <translation>11 to 20 contacts</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/tables.py" line="75" />
            <source>16 à 30 jours</source>
            <translation>16 to 30 days</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/tables.py" line="51" />
            <source>18 à 21 ans</source>
            <translation>18 to 21</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/tables.py" line="65" />
            <source>2 à 3 contacts</source>
            <translation>2 to 3 contacts</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/tables.py" line="69" />
            <source>21 contacts et plus</source>
            <translation>21 contacts or more</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/tables.py" line="52" />
            <source>22 à 25 ans</source>
            <translation>22 to 25</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/tables.py" line="53" />
            <source>26 ans et plus</source>
            <translation>26 and over</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/tables.py" line="76" />
            <source>31 à 60 jours</source>
            <translation>31 to 60 days</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/tables.py" line="66" />
            <source>4 à 5 contacts</source>
            <translation>4 to 5 contacts</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/tables.py" line="67" />
            <source>6 à 10 contacts</source>
            <translation>6 to 10 contacts</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/tables.py" line="73" />
            <source>7 jours ou moins</source>
            <translation>7 days or less</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/tables.py" line="74" />
            <source>8 à 15 jours</source>
            <translation>8 to 15 days</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/build.py" line="26" />
            <source>Activité</source>
            <translation>Activity</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/tables.py" line="154" />
            <source>Adhésion au PLIE</source>
            <translation>PLIE membership</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/cumulative.py" line="22" />
            <location filename="../../src/dedans_dehors_desktop/reports/activity/options.py" line="50" />
            <source>Aménagements accordés</source>
            <translation>Sentence adjustments granted</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/annex.py" line="133" />
            <source>Aménagements de peine</source>
            <translation>Sentence adjustments</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/annex.py" line="83" />
            <source>Ancienne nomenclature (VI, V bis, V, IV, III et plus) : le niveau atteint saisi au profil. Nouvelle nomenclature, dérivée : le diplôme le plus élevé lorsqu'il est connu (aucun diplôme : Infra 3 ; CAP, BEP : 3 ; Bac : 4 ; Bac+2 et plus : 5 et plus) ; sinon le niveau atteint selon la table de correspondance officielle (VI et V bis : Infra 3 ; V : 3 ; IV : 4 ; III : 5 et plus).</source>
            <translation>Former nomenclature (VI, V bis, V, IV, III and above): the level reached as entered in the profile. New nomenclature, derived: the highest diploma when known (no diploma: Infra 3; CAP, BEP: 3; Bac: 4; Bac+2 and above: 5 and above); otherwise the level reached according to the official correspondence table (VI and V bis: Infra 3; V: 3; IV: 4; III: 5 and above).</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/pdf.py" line="459" />
            <source>Annexe : définitions et méthode</source>
            <translation>Appendix: definitions and method</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/annex.py" line="162" />
            <source>Année d'entrée dans le dispositif</source>
            <translation>Year of entry into the scheme</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/period.py" line="77" />
            <source>Année {annee}</source>
            <translation>Year {annee}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/populations.py" line="160" />
            <source>Aucun dispositif ne porte ce nom.</source>
            <translation>No scheme has this name.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/pdf.py" line="375" />
            <source>Aucun jeune concerné.</source>
            <translation>No young person concerned.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/charts.py" line="95" />
            <source>Aucune donnée à représenter.</source>
            <translation>No data to show.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/justice.py" line="21" />
            <source>Autre situation</source>
            <translation>Other situation</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/annex.py" line="63" />
            <source>Caractéristiques du jeune</source>
            <translation>The young person's characteristics</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/period.py" line="40" />
            <source>Cette date n'existe pas.</source>
            <translation>This date does not exist.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/spreadsheet.py" line="129" />
            <source>Code ligne</source>
            <translation>Line code</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/spreadsheet.py" line="127" />
            <source>Code tableau</source>
            <translation>Table code</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/pdf.py" line="344" />
            <location filename="../../src/dedans_dehors_desktop/reports/activity/spreadsheet.py" line="54" />
            <source>Colonne</source>
            <translation>Column</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/annex.py" line="27" />
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/cumulative.py" line="20" />
            <location filename="../../src/dedans_dehors_desktop/reports/activity/options.py" line="47" />
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/keyfigures.py" line="28" />
            <source>Contacts intra-muros</source>
            <translation>Contacts inside prison</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/keyfigures.py" line="27" />
            <source>Contacts réalisés</source>
            <translation>Contacts carried out</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/annex.py" line="113" />
            <source>Continuité du suivi à la sortie de détention</source>
            <translation>Continuity of support on release from prison</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/pdf.py" line="476" />
            <source>DIFFUSION RESTREINTE</source>
            <translation>RESTRICTED DISTRIBUTION</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/masking.py" line="313" />
            <source>DIFFUSION RESTREINTE — CONFIDENTIEL : liste nominative</source>
            <translation>RESTRICTED DISTRIBUTION — CONFIDENTIAL: list of names</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/masking.py" line="307" />
            <source>DIFFUSION RESTREINTE — effectifs exacts, sans noms : réservé à la Mission Locale et aux financeurs sous convention</source>
            <translation>RESTRICTED DISTRIBUTION — exact counts, no names: for the Mission Locale and funders under agreement only</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/annex.py" line="172" />
            <source>Dans les fichiers qui sortent de la Mission Locale, un effectif de 1 à {max} est remplacé par « &lt; {seuil} ». Pour qu'il ne puisse pas être retrouvé par différence, chaque somme publiée (le total d'un tableau et ses lignes, un sous-total et son détail, la colonne « Ensemble » et les deux colonnes de la répartition) comporte soit aucune valeur masquée, soit au moins deux : lorsqu'une seule l'est, la plus petite autre ligne non nulle de la somme est masquée à son tour (« s »). Puis un audit calcule, par programmation linéaire, l'intervalle qu'un lecteur peut déduire pour chaque valeur masquée à partir de toutes les valeurs publiées, de toutes les sommes (y compris les totaux communs à plusieurs tableaux) et du sens des marques (« &lt; {seuil} » : de 1 à {max} ; « s » : une valeur quelconque, zéro compris) ; d'autres valeurs sont masquées jusqu'à ce qu'aucun effectif de 1 à {max} ne puisse être encadré plus finement que « de 1 à {max} ». Si ce n'est pas possible, aucun fichier n'est produit. Un pourcentage est masqué quand son effectif ou son dénominateur l'est ; une moyenne ou une médiane calculée sur moins de {seuil} observations aussi. Les effectifs exacts (sans noms) et la liste nominative, qui lèvent le masquage, ne sont produits qu'à la demande explicite de l'utilisateur, portent la mention « diffusion restreinte » et cette demande est inscrite au journal d'accès.</source>
            <translation>In files that leave the Mission Locale, a count of 1 to {max} is replaced by “&lt; {seuil}”. So that it cannot be recovered by difference, every published sum (a table's total and its lines, a subtotal and its details, the “Ensemble” column and the two split columns) has either no masked value or at least two: when only one is masked, the smallest other non-zero line of the sum is masked too (“s”). Then an audit computes, by linear programming, the interval a reader can derive for each masked value from all published values, all sums (including totals shared by several tables) and the meaning of the marks (“&lt; {seuil}”: 1 to {max}; “s”: any value, zero included); further values are masked until no count of 1 to {max} can be bounded more tightly than “1 to {max}”. If that is not possible, no file is produced. A percentage is masked when its count or its denominator is; so is a mean or a median computed over fewer than {seuil} observations. Exact counts (without names) and the list of names, which lift the masking, are only produced at the user's explicit request, carry the mention “restricted distribution”, and the request is recorded in the access log.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/period.py" line="42" />
            <source>Date hors des années prises en charge (1900 à 2100).</source>
            <translation>Date outside the years supported (1900 to 2100).</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/period.py" line="34" />
            <source>Date invalide : attendu AAAA-MM-JJ (par exemple 2025-01-31).</source>
            <translation>Invalid date: expected YYYY-MM-DD (for example 2025-01-31).</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/pdf.py" line="325" />
            <source>Demandée explicitement par l'utilisateur et inscrite au journal d'accès. Document confidentiel : il ne doit pas sortir de la Mission Locale.</source>
            <translation>Explicitly requested by the user and written to the access log. Confidential document: it must not leave the Mission Locale.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/period.py" line="78" />
            <source>Du {debut} au {fin}</source>
            <translation>From {debut} to {fin}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/spreadsheet.py" line="239" />
            <source>Définitions</source>
            <translation>Definitions</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/annex.py" line="102" />
            <source>Délai du positionnement au premier entretien</source>
            <translation>Time from referral to first interview</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/keyfigures.py" line="29" />
            <source>Délai médian jusqu'au 1er entretien</source>
            <translation>Median time to 1st interview</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/masking.py" line="325" />
            <source>Effectifs exacts demandés (sans noms) : aucune valeur n'est masquée. Diffusion restreinte ; la demande est inscrite au journal d'accès.</source>
            <translation>Exact counts requested (no names): no value is masked. Restricted distribution; the request is recorded in the access log.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/justice.py" line="18" />
            <source>Emploi (dont alternance, IAE, création)</source>
            <translation>Employment (incl. work-study, IAE, business creation)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/populations.py" line="271" />
            <source>Ensemble</source>
            <translation>All</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/pdf.py" line="340" />
            <location filename="../../src/dedans_dehors_desktop/reports/activity/spreadsheet.py" line="50" />
            <source>Entrée</source>
            <translation>Entry</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/annex.py" line="123" />
            <location filename="../../src/dedans_dehors_desktop/reports/activity/cumulative.py" line="21" />
            <location filename="../../src/dedans_dehors_desktop/reports/activity/options.py" line="48" />
            <source>Entrées en situation</source>
            <translation>Entries into a situation</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/options.py" line="45" />
            <source>Femmes parmi les jeunes suivis</source>
            <translation>Women among the young people followed</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/export.py" line="56" />
            <source>Format inconnu : choisissez pdf, xlsx ou csv.</source>
            <translation>Unknown format: choose pdf, xlsx or csv.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/justice.py" line="19" />
            <source>Formation</source>
            <translation>Training</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/charts.py" line="93" />
            <source>Graphique omis : ses valeurs sont masquées (secret statistique).</source>
            <translation>Chart left out: its values are masked (statistical confidentiality).</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/period.py" line="113" />
            <source>Hors PLIE</source>
            <translation>Outside PLIE</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/period.py" line="116" />
            <location filename="../../src/dedans_dehors_desktop/reports/activity/period.py" line="118" />
            <source>Hors {nom}</source>
            <translation>Outside {nom}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/export.py" line="125" />
            <source>Impossible d'écrire le fichier du rapport (droits, espace disque ?). Rien n'a été exporté.</source>
            <translation>Cannot write the report file (permissions, disk space?). Nothing was exported.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/period.py" line="131" />
            <source>Indiquez le nom du dispositif après « dispositif: ».</source>
            <translation>Give the name of the scheme after “dispositif:”.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/tables.py" line="57" />
            <source>Infra 3 / sans qualification</source>
            <translation>Infra 3 / no qualification</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/annex.py" line="93" />
            <source>Intra-muros et hors les murs</source>
            <translation>Inside and outside prison</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/options.py" line="49" />
            <source>Jeunes entrés en situation</source>
            <translation>Young people who entered a situation</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/cumulative.py" line="18" />
            <location filename="../../src/dedans_dehors_desktop/reports/activity/keyfigures.py" line="24" />
            <location filename="../../src/dedans_dehors_desktop/reports/activity/options.py" line="43" />
            <source>Jeunes suivis</source>
            <translation>Young people followed</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/annex.py" line="37" />
            <source>Jeunes suivis (file active)</source>
            <translation>Young people followed (active caseload)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/build.py" line="28" />
            <source>Justice : aménagements, sorties, réincarcérations</source>
            <translation>Justice: adjustments, releases, reimprisonments</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/annex.py" line="163" />
            <source>L'année de la première date d'entrée en accompagnement du jeune, tous dispositifs confondus.</source>
            <translation>The year of the young person's first date of entry into support, all schemes together.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/period.py" line="55" />
            <source>La fin de la période précède son début.</source>
            <translation>The end of the period comes before its start.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/export.py" line="105" />
            <source>Le dossier de destination n'existe pas.</source>
            <translation>The destination folder does not exist.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/annex.py" line="64" />
            <source>Le profil socio-professionnel retenu est le plus récent daté au plus tard du dernier jour de la période (à défaut, le premier saisi après). Le milieu et l'établissement sont ceux du suivi judiciaire le plus récent à la fin de la période ; l'origine est celle du positionnement le plus récent à cette date.</source>
            <translation>The socio-professional profile used is the most recent one dated no later than the last day of the period (failing that, the first one entered after). The custody status and the establishment are those of the most recent justice record at the end of the period; the origin is that of the most recent referral at that date.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/options.py" line="112" />
            <source>Le seuil de masquage doit être compris entre {min} et {max}.</source>
            <translation>The masking threshold must be between {min} and {max}.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/annex.py" line="38" />
            <source>Les jeunes ayant eu au moins un contact dans la période. Toutes les tables du public accompagné portent sur eux.</source>
            <translation>The young people with at least one contact in the period. All the tables about the people supported are about them.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/annex.py" line="154" />
            <source>Les jeunes pour qui la Mission Locale a enregistré, dans la période, une situation « Incarcération / réincarcération » ou une sortie d'accompagnement pour motif « Réincarcération ». Ce n'est pas une mesure de la récidive.</source>
            <translation>The young people for whom the Mission Locale recorded, in the period, an “Imprisonment / reimprisonment” situation or an exit from support for the reason “Reimprisonment”. This is not a measure of reoffending.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/annex.py" line="145" />
            <source>Les levées d'écrou effectives dans la période des jeunes suivis dans la période ou accompagnés à cette date, par type de sortie. Une sortie sèche est une fin de peine sans aménagement (type de sortie « sortie sèche »).</source>
            <translation>The actual releases in the period of the young people followed in the period or supported at that date, by type of release. A “sortie sèche” is the end of a sentence without any adjustment (release type “sortie sèche”).</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/options.py" line="120" />
            <source>Les objectifs et les chiffres sont des nombres positifs.</source>
            <translation>Objectives and figures are positive numbers.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/annex.py" line="124" />
            <source>Les situations (emploi, formation, immersion, autre) des jeunes suivis dont la date de début est dans la période, sauf celles seulement « prévues ». Chaque entrée compte : un jeune qui enchaîne deux contrats compte pour deux entrées et pour un jeune.</source>
            <translation>The situations (employment, training, work placement, other) of the young people followed whose start date is in the period, except those only “planned”. Each entry counts: a young person with two contracts in a row counts as two entries and as one young person.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/cumulative.py" line="23" />
            <source>Levées d'écrou</source>
            <translation>Releases from custody</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/spreadsheet.py" line="130" />
            <source>Ligne</source>
            <translation>Line</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/pdf.py" line="323" />
            <location filename="../../src/dedans_dehors_desktop/reports/activity/spreadsheet.py" line="255" />
            <source>Liste nominative</source>
            <translation>List of names</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/spreadsheet.py" line="150" />
            <source>Liste nominative (confidentiel)</source>
            <translation>List of names (confidential)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/masking.py" line="319" />
            <source>Liste nominative demandée : aucune valeur n'est masquée. Document confidentiel, à ne pas diffuser hors de la Mission Locale.</source>
            <translation>List of names requested: no value is masked. Confidential document, not to be circulated outside the Mission Locale.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/spreadsheet.py" line="262" />
            <source>Liste nominative demandée explicitement et inscrite au journal d'accès : confidentiel.</source>
            <translation>List of names explicitly requested and written to the access log: confidential.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/tables.py" line="160" />
            <source>Logement</source>
            <translation>Housing</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/tables.py" line="157" />
            <source>Milieu</source>
            <translation>Custody</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/tables.py" line="50" />
            <source>Mineurs (moins de 18 ans)</source>
            <translation>Minors (under 18)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/tables.py" line="58" />
            <source>Niveau 3 (CAP, BEP)</source>
            <translation>Level 3 (CAP, BEP)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/tables.py" line="59" />
            <source>Niveau 4 (Bac)</source>
            <translation>Level 4 (Bac)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/tables.py" line="60" />
            <source>Niveau 5 et plus (Bac+2 et au-delà)</source>
            <translation>Level 5 and above (Bac+2 and beyond)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/annex.py" line="82" />
            <source>Niveau de formation</source>
            <translation>Education level</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/tables.py" line="150" />
            <source>Niveau de formation (nouvelle nomenclature)</source>
            <translation>Education level (new nomenclature)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/tables.py" line="148" />
            <source>Niveau de formation atteint (ancienne nomenclature)</source>
            <translation>Education level reached (former nomenclature)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/pdf.py" line="336" />
            <location filename="../../src/dedans_dehors_desktop/reports/activity/spreadsheet.py" line="46" />
            <source>Nom</source>
            <translation>Last name</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/pdf.py" line="175" />
            <source>Nombre</source>
            <translation>Number</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/charts.py" line="82" />
            <source>Non représentés (effectifs masqués) : {liste}</source>
            <translation>Not shown (masked counts): {liste}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/cumulative.py" line="19" />
            <location filename="../../src/dedans_dehors_desktop/reports/activity/keyfigures.py" line="25" />
            <location filename="../../src/dedans_dehors_desktop/reports/activity/options.py" line="44" />
            <source>Nouveaux entrants</source>
            <translation>New entrants</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/annex.py" line="45" />
            <source>Nouveaux entrants, entrées</source>
            <translation>New entrants, entries</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/pdf.py" line="338" />
            <location filename="../../src/dedans_dehors_desktop/reports/activity/spreadsheet.py" line="48" />
            <source>Né(e) le</source>
            <translation>Born on</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/options.py" line="118" />
            <source>Objectif inconnu.</source>
            <translation>Unknown objective.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/build.py" line="29" />
            <source>Objectifs et cumul</source>
            <translation>Objectives and cumulative figures</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/tables.py" line="158" />
            <source>Origine du positionnement</source>
            <translation>Origin of the referral</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/period.py" line="113" />
            <source>PLIE</source>
            <translation>PLIE</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/pdf.py" line="146" />
            <source>Page {n} sur {total}</source>
            <translation>Page {n} of {total}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/build.py" line="27" />
            <source>Parcours et résultats</source>
            <translation>Pathways and results</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/masking.py" line="229" />
            <source>Part du dispositif : {p}.</source>
            <translation>Share of the programme: {p}.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/tables.py" line="162" />
            <source>Permis de conduire</source>
            <translation>Driving licence</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/tables.py" line="77" />
            <source>Plus de 60 jours</source>
            <translation>More than 60 days</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/build.py" line="24" />
            <source>Populations de la période</source>
            <translation>Populations of the period</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/annex.py" line="114" />
            <source>Pour chaque levée d'écrou effective dans la période d'un jeune suivi dans la période ou accompagné à cette date : le jeune est « vu dans les 7 (30) jours » s'il a eu un contact hors les murs entre le jour de la levée d'écrou et le 7e (30e) jour suivant, inclus, même si ce jour tombe après la fin de la période.</source>
            <translation>For each actual release in the period of a young person followed in the period or supported at that date: the young person is “seen within 7 (30) days” if they had a contact outside prison between the day of release and the 7th (30th) day after, inclusive, even if that day falls after the end of the period.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/annex.py" line="103" />
            <source>Pour chaque positionnement reçu dans la période, en jours calendaires, de sa date à la date du premier entretien saisie, ou à défaut à la date du premier contact qui suit. Une date de premier entretien antérieure au positionnement compte pour zéro jour. Moyenne et médiane portent sur les positionnements suivis d'un entretien.</source>
            <translation>For each referral received in the period, in calendar days, from its date to the date of the first interview entered, or failing that to the date of the first contact that follows. A first-interview date earlier than the referral counts as zero days. Mean and median are about the referrals followed by an interview.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/masking.py" line="220" />
            <source>Pour comparaison, ensemble de la Mission Locale : {n} {unite}.</source>
            <translation>For comparison, whole Mission Locale: {n} {unite}.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/spreadsheet.py" line="91" />
            <source>Produit le {date}</source>
            <translation>Produced on {date}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/pdf.py" line="473" />
            <source>Produit le {date} avec Dedans-Dehors Desktop</source>
            <translation>Produced on {date} with Dedans-Dehors Desktop</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/pdf.py" line="426" />
            <source>Produit le {date}. Définitions en annexe.</source>
            <translation>Produced on {date}. Definitions in the appendix.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/pdf.py" line="337" />
            <location filename="../../src/dedans_dehors_desktop/reports/activity/spreadsheet.py" line="47" />
            <source>Prénoms</source>
            <translation>First names</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/annex.py" line="134" />
            <source>Préparés : les aménagements des jeunes suivis, quelle que soit leur étape, dont la requête n'est pas postérieure à la période et dont la décision, s'il y en a une, n'est pas antérieure à la période. Accordés : parmi eux, ceux à l'étape « Accordé » ou « Terminé » (un aménagement révoqué n'est pas compté comme accordé).</source>
            <translation>Prepared: the adjustments of the young people followed, whatever their stage, whose request is not later than the period and whose decision, if any, is not earlier than the period. Granted: among them, those at the stage “Granted” or “Completed” (a revoked adjustment is not counted as granted).</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/build.py" line="25" />
            <source>Public accompagné</source>
            <translation>People supported</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/annex.py" line="18" />
            <source>Période</source>
            <translation>Period</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/spreadsheet.py" line="181" />
            <source>Rapport</source>
            <translation>Report</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/pdf.py" line="384" />
            <location filename="../../src/dedans_dehors_desktop/reports/activity/spreadsheet.py" line="88" />
            <location filename="../../src/dedans_dehors_desktop/reports/activity/spreadsheet.py" line="174" />
            <source>Rapport d'activité</source>
            <translation>Activity report</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/tables.py" line="155" />
            <source>Reconnaissance de la qualité de travailleur handicapé (RQTH)</source>
            <translation>Recognition as a disabled worker (RQTH)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/annex.py" line="153" />
            <source>Réincarcérations connues</source>
            <translation>Known reimprisonments</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/pdf.py" line="418" />
            <location filename="../../src/dedans_dehors_desktop/reports/activity/spreadsheet.py" line="95" />
            <source>Répartition : {a} / {b}, à côté de l'ensemble.</source>
            <translation>Split: {a} / {b}, next to the whole.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/annex.py" line="195" />
            <source>Répartition en deux colonnes</source>
            <translation>Split into two columns</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/period.py" line="147" />
            <source>Répartition inconnue. Choix possibles : {choix}.</source>
            <translation>Unknown split. Possible choices: {choix}.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/tables.py" line="153" />
            <source>Résidence en quartier prioritaire (QPV)</source>
            <translation>Living in a priority neighbourhood (QPV)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/options.py" line="46" />
            <source>Résidents QPV parmi les jeunes suivis</source>
            <translation>QPV residents among the young people followed</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/justice.py" line="22" />
            <source>Sans situation enregistrée (recherche d'emploi, démarches)</source>
            <translation>No situation recorded (job search, steps)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/annex.py" line="171" />
            <source>Secret statistique</source>
            <translation>Statistical confidentiality</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/tables.py" line="143" />
            <source>Sexe</source>
            <translation>Sex</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/pdf.py" line="341" />
            <location filename="../../src/dedans_dehors_desktop/reports/activity/spreadsheet.py" line="51" />
            <source>Sortie</source>
            <translation>Exit</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/export.py" line="63" />
            <source>Sortie inconnue : choisissez masque, exact ou nominatif.</source>
            <translation>Unknown output: choose masque, exact or nominatif.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/annex.py" line="54" />
            <source>Sorties</source>
            <translation>Exits</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/keyfigures.py" line="26" />
            <source>Sorties d'accompagnement</source>
            <translation>Exits from support</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/annex.py" line="144" />
            <source>Sorties de détention et sorties sèches</source>
            <translation>Releases from prison and releases without adjustment</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/keyfigures.py" line="38" />
            <source>Sorties sèches</source>
            <translation>Releases without adjustment</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/justice.py" line="20" />
            <source>Stage ou immersion (PMSMP, service civique)</source>
            <translation>Placement or immersion (PMSMP, civic service)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/pdf.py" line="339" />
            <location filename="../../src/dedans_dehors_desktop/reports/activity/spreadsheet.py" line="49" />
            <source>Suivi</source>
            <translation>Followed</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/spreadsheet.py" line="128" />
            <source>Tableau</source>
            <translation>Table</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/pdf.py" line="179" />
            <source>Taux</source>
            <translation>Rate</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/annex.py" line="19" />
            <source>Toutes les dates sont comprises bornes incluses. Les figures se lisent à la date de production du rapport : une saisie ultérieure (synchronisation d'un portable, correction) peut les modifier.</source>
            <translation>All date ranges include both ends. The figures hold at the date the report was produced: a later entry (a laptop synchronised, a correction) may change them.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/tables.py" line="145" />
            <source>Tranche d'âge (âge au début de la période)</source>
            <translation>Age group (age at the start of the period)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/annex.py" line="94" />
            <source>Un contact est intra-muros lorsque son lieu est « Intra-muros » ; tous les autres (locaux de la Mission Locale, SPIP, partenaire, lieu non renseigné) sont hors les murs.</source>
            <translation>A contact is inside prison when its place is “Inside prison”; all the others (Mission Locale premises, SPIP, partner, place not given) are outside prison.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/options.py" line="123" />
            <source>Un texte de section dépasse {n} caractères.</source>
            <translation>A section text exceeds {n} characters.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/annex.py" line="28" />
            <source>Une actualité dont la présence est « Présent » : entretien, démarche, appel, écrit, atelier, médiation ou entretien tripartite effectivement réalisé. Un rendez-vous planifié, manqué (absent), excusé ou annulé n'est pas un contact : il ne témoigne d'aucun échange avec le jeune.</source>
            <translation>An entry whose attendance is “Present”: an interview, step, call, letter, workshop, mediation or three-way interview actually carried out. A planned, missed (absent), excused or cancelled appointment is not a contact: it shows no exchange with the young person.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/annex.py" line="46" />
            <source>Une entrée est un accompagnement dont la date d'entrée est dans la période. Un jeune entré deux fois (accompagnement terminé puis repris) compte pour un nouvel entrant et pour deux entrées.</source>
            <translation>An entry is a support whose entry date is in the period. A young person who entered twice (support ended, then resumed) counts as one new entrant and as two entries.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/annex.py" line="55" />
            <source>Une sortie est un accompagnement dont la date de fin est dans la période, quel que soit le motif. Un jeune sorti puis revenu dans la période compte à la fois parmi les sortis et parmi les nouveaux entrants.</source>
            <translation>An exit is a support whose end date is in the period, whatever the reason. A young person who left and came back in the period counts both among those who left and among the new entrants.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/keyfigures.py" line="32" />
            <source>Vus dehors sous 30 jours après la levée d'écrou</source>
            <translation>Seen outside within 30 days of release</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/pdf.py" line="260" />
            <source>août</source>
            <translation>Aug</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/pdf.py" line="256" />
            <source>avr.</source>
            <translation>Apr</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/pdf.py" line="264" />
            <source>déc.</source>
            <translation>Dec</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/pdf.py" line="254" />
            <source>févr.</source>
            <translation>Feb</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/pdf.py" line="253" />
            <source>janv.</source>
            <translation>Jan</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/pdf.py" line="259" />
            <source>juil.</source>
            <translation>Jul</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/pdf.py" line="258" />
            <source>juin</source>
            <translation>Jun</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/pdf.py" line="257" />
            <source>mai</source>
            <translation>May</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/pdf.py" line="255" />
            <source>mars</source>
            <translation>Mar</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/spreadsheet.py" line="206" />
            <source>nombre</source>
            <translation>number</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/pdf.py" line="263" />
            <source>nov.</source>
            <translation>Nov</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/pdf.py" line="262" />
            <source>oct.</source>
            <translation>Oct</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/pdf.py" line="345" />
            <location filename="../../src/dedans_dehors_desktop/reports/activity/spreadsheet.py" line="60" />
            <source>oui</source>
            <translation>yes</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/pdf.py" line="261" />
            <source>sept.</source>
            <translation>Sep</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/spreadsheet.py" line="209" />
            <source>taux de réalisation</source>
            <translation>achievement rate</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/spreadsheet.py" line="39" />
            <source>{colonne} — %</source>
            <translation>{colonne} — %</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/spreadsheet.py" line="38" />
            <source>{colonne} — nombre</source>
            <translation>{colonne} — number</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/pdf.py" line="207" />
            <location filename="../../src/dedans_dehors_desktop/reports/activity/spreadsheet.py" line="80" />
            <source>{libelle} (objectif : {n})</source>
            <translation>{libelle} (objective: {n})</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/keyfigures.py" line="54" />
            <source>{n} j</source>
            <translation>{n} d</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/keyfigures.py" line="59" />
            <source>{n} sur {total}</source>
            <translation>{n} of {total}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/keyfigures.py" line="63" />
            <source>{p} des levées d'écrou</source>
            <translation>{p} of releases</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/masking.py" line="330" />
            <source>« &lt; {seuil} » : effectif de 1 à {max}, masqué (secret statistique). « s » : valeur masquée pour qu'un effectif « &lt; {seuil} » ne puisse pas être retrouvé ni encadré par différence. Les pourcentages correspondants sont masqués.</source>
            <translation>“&lt; {seuil}”: a count of 1 to {max}, masked (statistical confidentiality). “s”: a value masked so that a “&lt; {seuil}” count can be neither recovered nor bounded by difference. The corresponding percentages are masked.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/annex.py" line="197" />
            <source>« PLIE » : les jeunes dont le profil retenu indique l'adhésion au PLIE ; « Hors PLIE » : tous les autres. Les entrées et sorties suivent le jeune.</source>
            <translation>“PLIE”: the young people whose profile used shows PLIE membership; “Outside PLIE”: all the others. Entries and exits follow the young person.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/annex.py" line="208" />
            <source>« {nom} » : pour les jeunes, ceux qui ont un accompagnement en cours pendant la période dans ce dispositif ; pour les entrées et les sorties, les accompagnements de ce dispositif.</source>
            <translation>“{nom}”: for young people, those with a support under way during the period in this scheme; for entries and exits, the supports of this scheme.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/annex.py" line="202" />
            <source>« {nom} » : pour les jeunes, ceux qui ont un accompagnement en cours pendant la période financé par {nom} ; pour les entrées et les sorties, les accompagnements financés par {nom}.</source>
            <translation>“{nom}”: for young people, those with a support under way during the period funded by {nom}; for entries and exits, the supports funded by {nom}.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/annex.py" line="73" />
            <source>Âge</source>
            <translation>Age</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/activity/annex.py" line="74" />
            <source>Âge en années révolues au premier jour de la période, pour tous les tableaux : un jeune qui a 18 ans pendant la période est compté parmi les mineurs. Tranches : mineurs (moins de 18 ans), 18 à 21 ans, 22 à 25 ans, 26 ans et plus.</source>
            <translation>Age in completed years on the first day of the period, for all tables: a young person who turns 18 during the period is counted among the minors. Groups: minors (under 18), 18 to 21, 22 to 25, 26 and over.</translation>
        </message>
    </context>
    <context>
        <name>RecordDialog</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/record_form.py" line="121" />
            <source>Ajouter : {quoi}</source>
            <translation>Add: {quoi}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/record_form.py" line="121" />
            <source>Modifier : {quoi}</source>
            <translation>Edit: {quoi}</translation>
        </message>
    </context>
    <context>
        <name>RecordView</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/record_form.py" line="85" />
            <source>masqué (mode parloir)</source>
            <translation>hidden (visiting-room mode)</translation>
        </message>
    </context>
    <context>
        <name>ReferralWizard</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/referral.py" line="295" />
            <source>Créer le dossier</source>
            <translation>Create the case file</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/referral.py" line="267" />
            <source>Identité</source>
            <translation>Identity</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/referral.py" line="282" />
            <source>La demande d'accompagnement reçue.</source>
            <translation>The support request received.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/referral.py" line="275" />
            <source>Le minimum utile à l'accompagnement. Ni l'infraction, ni la peine.</source>
            <translation>The minimum useful for the support. Neither the offence nor the sentence.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/referral.py" line="256" />
            <source>Nouveau jeune — orientation SPIP</source>
            <translation>New young person — SPIP referral</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/referral.py" line="281" />
            <source>Positionnement</source>
            <translation>Referral</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/referral.py" line="268" />
            <source>Qui est orienté ? (* : obligatoire)</source>
            <translation>Who is referred? (*: required)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/referral.py" line="274" />
            <source>Suivi judiciaire</source>
            <translation>Justice follow-up</translation>
        </message>
    </context>
    <context>
        <name>Relecture</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/summary_review.py" line="47" />
            <source>Ce qu'on a fait</source>
            <translation>What we did</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/summary_review.py" line="51" />
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/summary_review.py" line="46" />
            <source>Date de la rencontre</source>
            <translation>Date of the meeting</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/summary_review.py" line="50" />
            <source>Documents</source>
            <translation>Documents</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/summary_review.py" line="45" />
            <source>En-tête</source>
            <translation>Header</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/summary_review.py" line="49" />
            <source>Rendez-vous</source>
            <translation>Appointments</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/paper_check.py" line="37" />
            <source>date proche d'une audience ou d'une décision</source>
            <translation>date close to a hearing or a decision</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/paper_check.py" line="36" />
            <source>date proche de la sortie</source>
            <translation>date close to the release</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/summary_review.py" line="225" />
            <source>la veille de ta sortie</source>
            <translation>the day before your release</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/summary_review.py" line="226" />
            <source>la veille de votre sortie</source>
            <translation>the day before your release</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/summary_review.py" line="221" />
            <source>le lendemain de ta sortie</source>
            <translation>the day after your release</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/summary_review.py" line="222" />
            <source>le lendemain de votre sortie</source>
            <translation>the day after your release</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/summary_select.py" line="507" />
            <source>lieu : {lieu} — écrivez le lieu pour le jeune</source>
            <translation>place: {lieu} — write the place for the young person</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/sensitive_words.py" line="50" />
            <source>mot de la liste de la structure : {mot}</source>
            <translation>word from the organisation's list: {mot}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/sensitive_words.py" line="47" />
            <source>mot lié au handicap : {mot}</source>
            <translation>disability-related word: {mot}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/sensitive_words.py" line="46" />
            <source>mot lié aux addictions : {mot}</source>
            <translation>addiction-related word: {mot}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/sensitive_words.py" line="44" />
            <source>mot lié à la détention : {mot}</source>
            <translation>detention-related word: {mot}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/sensitive_words.py" line="43" />
            <source>mot lié à la justice : {mot}</source>
            <translation>justice-related word: {mot}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/sensitive_words.py" line="45" />
            <source>mot lié à la santé : {mot}</source>
            <translation>health-related word: {mot}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/sensitive_words.py" line="48" />
            <source>mot lié à la santé sexuelle : {mot}</source>
            <translation>sexual health word: {mot}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/sensitive_words.py" line="49" />
            <source>mot lié à la situation familiale : {mot}</source>
            <translation>family situation word: {mot}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/paper_check.py" line="149" />
            <source>nom d'une personne : {nom}</source>
            <translation>a person's name: {nom}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/paper_check.py" line="166" />
            <source>nom de famille : {nom}</source>
            <translation>surname: {nom}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/summary_select.py" line="380" />
            <source>partenaire au nom sensible : écrivez le nom pour le jeune</source>
            <translation>partner with a sensitive name: write the name for the young person</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/summary_select.py" line="372" />
            <source>partenaire de type « {type} » : jamais imprimé</source>
            <translation>partner of type “{type}”: never printed</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/summary_select.py" line="622" />
            <source>{date} à {heure}</source>
            <translation>{date} at {heure}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/summary_review.py" line="229" />
            <source>{n} jours après ta sortie</source>
            <translation>{n} days after your release</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/summary_review.py" line="230" />
            <source>{n} jours après votre sortie</source>
            <translation>{n} days after your release</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/summary_review.py" line="233" />
            <source>{n} jours avant ta sortie</source>
            <translation>{n} days before your release</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/summary_review.py" line="234" />
            <source>{n} jours avant votre sortie</source>
            <translation>{n} days before your release</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/summary_select.py" line="537" />
            <source>{quand}, à {heure}</source>
            <translation>{quand}, at {heure}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/summary_select.py" line="478" />
            <source>Échéance : {date}</source>
            <translation>Due: {date}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/summary_review.py" line="48" />
            <source>Étapes</source>
            <translation>Steps</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/summary_review.py" line="217" />
            <source>à ta sortie</source>
            <translation>on your release</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/summary_review.py" line="218" />
            <source>à votre sortie</source>
            <translation>on your release</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/summary_select.py" line="434" />
            <source>étape d'un objectif santé ou justice : jamais imprimée</source>
            <translation>step of a health or justice goal: never printed</translation>
        </message>
    </context>
    <context>
        <name>RemindersPanel</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/widgets/reminders.py" line="80" />
            <source>Aucun rappel.</source>
            <translation>No reminder.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/widgets/reminders.py" line="36" />
            <location filename="../../src/dedans_dehors_desktop/gui/widgets/reminders.py" line="40" />
            <source>Rappels</source>
            <translation>Reminders</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/widgets/reminders.py" line="69" />
            <source>Rappels masqués en mode parloir.</source>
            <translation>Reminders hidden in visiting-room mode.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/widgets/reminders.py" line="49" />
            <source>Seuils des rappels</source>
            <translation>Reminder thresholds</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/widgets/reminders.py" line="47" />
            <source>Seuils…</source>
            <translation>Thresholds…</translation>
        </message>
    </context>
    <context>
        <name>Rendez-vous</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/appointments.py" line="47" />
            <source>Ce jeune a déjà un rendez-vous ce jour-là.</source>
            <translation>This young person already has an appointment that day.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/appointments.py" line="40" />
            <source>Ce jeune a déjà un rendez-vous le {date}, à {n} jour(s) de celui-ci.</source>
            <translation>This young person already has an appointment on {date}, {n} day(s) from this one.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/appointments.py" line="34" />
            <source>Un autre rendez-vous est déjà prévu le {date} à {heure}.</source>
            <translation>Another appointment is already planned on {date} at {heure}.</translation>
        </message>
    </context>
    <context>
        <name>ReportSettingsDialog</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/report_settings.py" line="94" />
            <source>Ajouter les chiffres cumulés depuis le</source>
            <translation>Add cumulative figures since</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/report_settings.py" line="198" />
            <source>Annuler</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/report_settings.py" line="103" />
            <source>Année</source>
            <translation>Year</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/report_settings.py" line="88" />
            <source>Année du rapport</source>
            <translation>Report year</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/report_settings.py" line="143" />
            <source>Chiffre de l'ensemble de la Mission Locale pour le total d'un tableau, imprimé en comparaison ; « — » : aucun.</source>
            <translation>The whole Mission Locale's figure for a table's total, printed for comparison; “—”: none.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/report_settings.py" line="98" />
            <source>Début des chiffres cumulés</source>
            <translation>Start of the cumulative figures</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/report_settings.py" line="197" />
            <source>Enregistrer</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/report_settings.py" line="184" />
            <source>Général</source>
            <translation>General</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/report_settings.py" line="106" />
            <source>Les effectifs inférieurs au seuil sont masqués dans le rapport pour les financeurs ({min} à {max} ; 5 par défaut). Ce seuil vaut pour toutes les années.</source>
            <translation>Counts below the threshold are masked in the report for funders ({min} to {max}; 5 by default). This threshold applies to every year.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/report_settings.py" line="186" />
            <source>Mission Locale entière</source>
            <translation>Whole Mission Locale</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/report_settings.py" line="185" />
            <source>Objectifs</source>
            <translation>Objectives</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/report_settings.py" line="123" />
            <source>Objectifs de l'année choisie ; « — » : pas d'objectif. Le rapport les compare au réalisé.</source>
            <translation>Objectives of the chosen year; “—”: no objective. The report compares them with what was achieved.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/report_settings.py" line="93" />
            <source>Omettre les tableaux entièrement à zéro</source>
            <translation>Leave out tables that are entirely zero</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/report_settings.py" line="79" />
            <source>Réglages du rapport d'activité</source>
            <translation>Activity report settings</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/report_settings.py" line="92" />
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/report_settings.py" line="104" />
            <source>Seuil de masquage</source>
            <translation>Masking threshold</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/report_settings.py" line="187" />
            <source>Textes par section</source>
            <translation>Texts per section</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/report_settings.py" line="163" />
            <source>Un texte court par section (contexte, partenaires), imprimé en tête de la section ; {n} caractères au plus. Aucune donnée nominative.</source>
            <translation>A short text per section (context, partners), printed at the head of the section; at most {n} characters. No personal data.</translation>
        </message>
    </context>
    <context>
        <name>ResolveDialog</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/sync_view.py" line="132" />
            <source>Autre valeur :</source>
            <translation>Other value:</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/sync_view.py" line="107" />
            <source>Cette fiche a été supprimée sur un poste alors qu'elle était modifiée sur un autre. Choisissez de confirmer la suppression ou de restaurer la fiche.</source>
            <translation>This record was deleted on one computer while it was being changed on another. Choose to confirm the deletion or to restore the record.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/sync_view.py" line="152" />
            <source>Confirmer la suppression</source>
            <translation>Confirm the deletion</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/sync_view.py" line="163" />
            <source>Garder cette valeur</source>
            <translation>Keep this value</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/sync_view.py" line="157" />
            <source>Restaurer la fiche</source>
            <translation>Restore the record</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/sync_view.py" line="98" />
            <source>Résoudre un conflit</source>
            <translation>Resolve a conflict</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/sync_view.py" line="121" />
            <source>{valeur} — {auteur}, {poste}, le {quand}</source>
            <translation>{valeur} — {auteur}, {poste}, on {quand}</translation>
        </message>
    </context>
    <context>
        <name>RewriteDialog</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/print_preview.py" line="134" />
            <source>Ce qui sera imprimé à la place de : {ligne}</source>
            <translation>What will print instead of: {ligne}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/print_preview.py" line="171" />
            <source>Cette formulation sera imprimée.</source>
            <translation>This wording will print.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/print_preview.py" line="166" />
            <source>Encore retenue : {raisons}</source>
            <translation>Still held back: {raisons}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/print_preview.py" line="131" />
            <source>Réécrire pour le jeune</source>
            <translation>Rewrite for the young person</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/print_preview.py" line="140" />
            <source>Texte pour le jeune</source>
            <translation>Wording for the young person</translation>
        </message>
    </context>
    <context>
        <name>RolePage</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/lock/setup_wizard.py" line="69" />
            <source>&amp;Nom de la Mission Locale :</source>
            <translation>Mission Locale's &amp;name:</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/lock/setup_wizard.py" line="41" />
            <source>Bienvenue dans Dedans-Dehors</source>
            <translation>Welcome to Dedans-Dehors</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/lock/setup_wizard.py" line="62" />
            <source>Nom de la Mission Locale</source>
            <translation>Mission Locale's name</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/lock/setup_wizard.py" line="49" />
            <source>Ordinateur du bureau (réunit le travail des portables, produit les bilans)</source>
            <translation>Office computer (gathers the laptops' work, produces the reports)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/lock/setup_wizard.py" line="52" />
            <source>Portable des permanences (parloirs, sans réseau)</source>
            <translation>Laptop for visiting sessions (visiting rooms, no network)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/lock/setup_wizard.py" line="43" />
            <source>Quelques réglages avant la première utilisation. Les dossiers seront chiffrés sur cet ordinateur.</source>
            <translation>A few settings before first use. The case files will be encrypted on this computer.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/lock/setup_wizard.py" line="65" />
            <source>Rôle de cet ordinateur :</source>
            <translation>Role of this computer:</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/lock/setup_wizard.py" line="61" />
            <source>ex. : Mission Locale du Bassin Rennais</source>
            <translation>e.g. Mission Locale du Bassin Rennais</translation>
        </message>
    </context>
    <context>
        <name>RulesEditor</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/directory_entry.py" line="49" />
            <source>Communes du territoire, une par ligne</source>
            <translation>Municipalities of the area, one per line</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/directory_entry.py" line="44" />
            <source>Libération prévue dans les (mois)</source>
            <translation>Release expected within (months)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/directory_entry.py" line="73" />
            <source>Milieu</source>
            <translation>Setting</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/directory_entry.py" line="76" />
            <source>Questions</source>
            <translation>Questions</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/directory_entry.py" line="53" />
            <source>Questions que le référent tranche (oui/non), une par ligne</source>
            <translation>Questions the referent answers (yes/no), one per line</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/directory_entry.py" line="37" />
            <source>Règles d'éligibilité</source>
            <translation>Eligibility rules</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/directory_entry.py" line="75" />
            <source>Résidence</source>
            <translation>Residence</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/directory_entry.py" line="60" />
            <source>et</source>
            <translation>and</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/directory_entry.py" line="38" />
            <source>Âge entre</source>
            <translation>Age between</translation>
        </message>
    </context>
    <context>
        <name>Récapitulatif</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/summary_pdf.py" line="637" />
            <source>Adresse :</source>
            <translation>Address:</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/summary_pdf.py" line="605" />
            <source>Avec :</source>
            <translation>With:</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/summary_pdf.py" line="528" />
            <source>Bonjour {name},</source>
            <translation>Hello {name},</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/summary_pdf.py" line="530" />
            <source>Bonjour,</source>
            <translation>Hello,</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/summary_pdf.py" line="148" />
            <source>Ce qu'on a fait ensemble</source>
            <translation>What we did together</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/summary_pdf.py" line="149" />
            <source>Ce que nous avons fait ensemble</source>
            <translation>What we did together</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/summary_select.py" line="228" />
            <source>Chez un partenaire de la Mission Locale</source>
            <translation>At a partner of the Mission Locale</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/summary_pdf.py" line="156" />
            <source>Coche la case quand c'est fait.</source>
            <translation>Tick the box when it is done.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/summary_pdf.py" line="157" />
            <source>Cochez la case quand c'est fait.</source>
            <translation>Tick the box when it is done.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/summary_pdf.py" line="172" />
            <location filename="../../src/dedans_dehors_desktop/reports/summary_pdf.py" line="173" />
            <source>Contacts utiles</source>
            <translation>Useful contacts</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/summary_pdf.py" line="168" />
            <location filename="../../src/dedans_dehors_desktop/reports/summary_pdf.py" line="169" />
            <source>Documents à préparer</source>
            <translation>Documents to prepare</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/summary_pdf.py" line="176" />
            <source>Garde cette feuille : elle t'aide à ne rien oublier.</source>
            <translation>Keep this sheet: it helps you forget nothing.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/summary_pdf.py" line="177" />
            <source>Gardez cette feuille : elle vous aide à ne rien oublier.</source>
            <translation>Keep this sheet: it helps you forget nothing.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/summary_pdf.py" line="639" />
            <source>Horaires :</source>
            <translation>Opening hours:</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/summary_select.py" line="164" />
            <source>Les formations qui peuvent t'intéresser</source>
            <translation>Training courses that may interest you</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/summary_select.py" line="165" />
            <source>Les formations qui peuvent vous intéresser</source>
            <translation>Training courses that may interest you</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/summary_select.py" line="227" />
            <source>Lors de la permanence</source>
            <translation>During the visiting session</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/summary_pdf.py" line="603" />
            <source>Où :</source>
            <translation>Where:</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/summary_pdf.py" line="688" />
            <source>Page {page} sur {total}</source>
            <translation>Page {page} of {total}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/summary_pdf.py" line="608" />
            <source>Pas de rendez-vous prévu pour l'instant.</source>
            <translation>No appointment planned for now.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/summary_pdf.py" line="583" />
            <source>Pour le {date}</source>
            <translation>By {date}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/summary_pdf.py" line="588" />
            <source>Rien à faire pour l'instant.</source>
            <translation>Nothing to do for now.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/summary_pdf.py" line="620" />
            <source>Rien à préparer pour l'instant.</source>
            <translation>Nothing to prepare for now.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/summary_pdf.py" line="520" />
            <location filename="../../src/dedans_dehors_desktop/reports/summary_pdf.py" line="724" />
            <source>Récapitulatif</source>
            <translation>Summary</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/summary_select.py" line="192" />
            <source>Ta carte Vitale ou ton attestation de droits</source>
            <translation>Your Carte Vitale or your health insurance certificate</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/summary_select.py" line="188" />
            <source>Ta pièce d'identité ou sa copie</source>
            <translation>Your identity document or a copy of it</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/summary_select.py" line="160" />
            <source>Ta recherche d'emploi</source>
            <translation>Your job search</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/summary_select.py" line="218" />
            <source>Tes diplômes ou attestations de formation</source>
            <translation>Your diplomas or training certificates</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/summary_select.py" line="176" />
            <source>Tes loisirs : sport, culture</source>
            <translation>Your leisure: sport, culture</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/summary_select.py" line="172" />
            <source>Tes papiers et tes droits</source>
            <translation>Your papers and your rights</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/summary_pdf.py" line="152" />
            <source>Tes prochaines étapes</source>
            <translation>Your next steps</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/summary_pdf.py" line="160" />
            <source>Tes rendez-vous</source>
            <translation>Your appointments</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/summary_select.py" line="213" />
            <location filename="../../src/dedans_dehors_desktop/reports/summary_select.py" line="216" />
            <source>Ton CV</source>
            <translation>Your CV</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/summary_select.py" line="168" />
            <source>Ton logement</source>
            <translation>Your housing</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/summary_select.py" line="156" />
            <source>Ton projet professionnel</source>
            <translation>Your career plan</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/summary_pdf.py" line="518" />
            <location filename="../../src/dedans_dehors_desktop/reports/summary_pdf.py" line="635" />
            <source>Téléphone :</source>
            <translation>Telephone:</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/summary_pdf.py" line="698" />
            <source>Téléphone : {phone}</source>
            <translation>Telephone: {phone}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/summary_select.py" line="198" />
            <location filename="../../src/dedans_dehors_desktop/reports/summary_select.py" line="199" />
            <source>Un justificatif de ressources</source>
            <translation>Proof of income</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/summary_select.py" line="204" />
            <source>Un relevé d'identité bancaire (RIB), si tu as un compte</source>
            <translation>Your bank details (RIB), if you have an account</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/summary_select.py" line="207" />
            <source>Un relevé d'identité bancaire (RIB), si vous avez un compte</source>
            <translation>Your bank details (RIB), if you have an account</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/summary_pdf.py" line="181" />
            <source>Une question ? Appelez-nous au {phone}.</source>
            <translation>A question? Call us on {phone}.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/summary_pdf.py" line="180" />
            <source>Une question ? Appelle-nous au {phone}.</source>
            <translation>A question? Call us on {phone}.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/summary_pdf.py" line="535" />
            <source>Voici le résumé de notre rencontre du {date}.</source>
            <translation>Here is the summary of our meeting on {date}.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/summary_pdf.py" line="533" />
            <source>Voici le résumé de notre rencontre.</source>
            <translation>Here is the summary of our meeting.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/summary_select.py" line="219" />
            <source>Vos diplômes ou attestations de formation</source>
            <translation>Your diplomas or training certificates</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/summary_select.py" line="177" />
            <source>Vos loisirs : sport, culture</source>
            <translation>Your leisure: sport, culture</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/summary_select.py" line="173" />
            <source>Vos papiers et vos droits</source>
            <translation>Your papers and your rights</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/summary_pdf.py" line="153" />
            <source>Vos prochaines étapes</source>
            <translation>Your next steps</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/summary_pdf.py" line="161" />
            <source>Vos rendez-vous</source>
            <translation>Your appointments</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/summary_select.py" line="213" />
            <location filename="../../src/dedans_dehors_desktop/reports/summary_select.py" line="216" />
            <source>Votre CV</source>
            <translation>Your CV</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/summary_select.py" line="193" />
            <source>Votre carte Vitale ou votre attestation de droits</source>
            <translation>Your Carte Vitale or your health insurance certificate</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/summary_select.py" line="169" />
            <source>Votre logement</source>
            <translation>Your housing</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/summary_select.py" line="189" />
            <source>Votre pièce d'identité ou sa copie</source>
            <translation>Your identity document or a copy of it</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/summary_select.py" line="157" />
            <source>Votre projet professionnel</source>
            <translation>Your career plan</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/summary_select.py" line="161" />
            <source>Votre recherche d'emploi</source>
            <translation>Your job search</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/summary_select.py" line="444" />
            <source>{action} (avec {partenaire})</source>
            <translation>{action} (with {partenaire})</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/summary_pdf.py" line="488" />
            <source>{date} à {time}</source>
            <translation>{date} at {time}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/summary_pdf.py" line="564" />
            <source>À bientôt !</source>
            <translation>See you soon!</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/summary_select.py" line="226" />
            <source>À la Mission Locale</source>
            <translation>At the Mission Locale</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/summary_pdf.py" line="164" />
            <source>À ta sortie</source>
            <translation>When you are released</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/summary_pdf.py" line="165" />
            <source>À votre sortie</source>
            <translation>When you are released</translation>
        </message>
    </context>
    <context>
        <name>Saisie</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/widgets/editors.py" line="202" />
            <source>Choisir…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/widgets/editors.py" line="71" />
            <source>Date invalide : attendu jj/mm/aaaa.</source>
            <translation>Invalid date: expected dd/mm/yyyy.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/widgets/editors.py" line="120" />
            <source>Heure invalide : attendu hh:mm.</source>
            <translation>Invalid time: expected hh:mm.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/widgets/editors.py" line="109" />
            <source>hh:mm</source>
            <translation>hh:mm</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/widgets/editors.py" line="57" />
            <source>jj/mm/aaaa</source>
            <translation>dd/mm/yyyy</translation>
        </message>
    </context>
    <context>
        <name>Sauvegarde</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/backup.py" line="32" />
            <source>Enregistrer la sauvegarde chiffrée</source>
            <translation>Save the encrypted backup</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/backup.py" line="68" />
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/backup.py" line="74" />
            <source>Sauvegarde</source>
            <translation>Backup</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/backup.py" line="34" />
            <source>Sauvegarde Dedans-Dehors (*.ddbak)</source>
            <translation>Dedans-Dehors backup (*.ddbak)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/backup.py" line="46" />
            <source>Sauvegarde chiffrée en cours…</source>
            <translation>Encrypted backup in progress…</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/backup.py" line="64" />
            <source>Sauvegarde chiffrée enregistrée :
{chemin}

Elle s'ouvre avec la phrase de passe d'aujourd'hui. Rangez-la ailleurs que cet ordinateur.</source>
            <translation>Encrypted backup saved:
{chemin}

It opens with today's passphrase. Keep it somewhere other than this computer.</translation>
        </message>
    </context>
    <context>
        <name>ScopeChoiceBox</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/scope_choice.py" line="23" />
            <source>Hors du périmètre de ce poste</source>
            <translation>Outside this device's scope</translation>
        </message>
    </context>
    <context>
        <name>ScopeDialog</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/scope_editor.py" line="89" />
            <source>Périmètre du poste</source>
            <translation>Computer's scope</translation>
        </message>
    </context>
    <context>
        <name>ScopeEditor</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/scope_editor.py" line="59" />
            <source>Dossiers gardés sur ce poste (créés hors de son périmètre) :</source>
            <translation>Case files kept on this laptop (created outside its scope):</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/scope_editor.py" line="36" />
            <source>Référents (séparés par des virgules)</source>
            <translation>Caseworkers (comma-separated)</translation>
        </message>
    </context>
    <context>
        <name>Semaine</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/week.py" line="301" />
            <source>Aucun jeune avec cet identifiant.</source>
            <translation>No young person with this identifier.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/week.py" line="91" />
            <source>Ce créneau de permanence n'existe pas.</source>
            <translation>This drop-in slot does not exist.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/week.py" line="307" />
            <source>Ce jeune a déjà {n} rendez-vous le {jour}.</source>
            <translation>This young person already has {n} appointment(s) on {jour}.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/week.py" line="285" />
            <source>L'heure doit être comprise entre {debut} et {fin}.</source>
            <translation>The time must be between {debut} and {fin}.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/week.py" line="280" />
            <source>Le {jour} n'est pas un jour de cette permanence.</source>
            <translation>{jour} is not a day of this drop-in session.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/week.py" line="337" />
            <source>Origine inconnue.</source>
            <translation>Unknown origin.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/week.py" line="165" />
            <source>permanence {lieu} {debut}–{fin}</source>
            <translation>drop-in {lieu} {debut}–{fin}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/week.py" line="181" />
            <source>rendez-vous de {qui} à {heure}</source>
            <translation>appointment of {qui} at {heure}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/week.py" line="190" />
            <source>{jour} : chevauchement entre {a} et {b}.</source>
            <translation>{jour}: {a} and {b} overlap.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/week.py" line="202" />
            <source>{jour} : {n} jeunes convoqués à {heure} ({qui}).</source>
            <translation>{jour}: {n} young people called at {heure} ({qui}).</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/week.py" line="221" />
            <source>{jour} : {qui} est inscrit·e {n} fois.</source>
            <translation>{jour}: {qui} is booked {n} times.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/week.py" line="319" />
            <source>{qui} est déjà convoqué·e à {heure}.</source>
            <translation>{qui} is already called at {heure}.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/settings_dialog.py" line="45" />
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/settings_dialog.py" line="89" />
            <source>Adresse (récapitulatif)</source>
            <translation>Address (summary)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/settings_dialog.py" line="81" />
            <source>Adresse de la Mission Locale</source>
            <translation>Address of the Mission Locale</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/settings_dialog.py" line="53" />
            <source>Celle du système</source>
            <translation>The system's</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/settings_dialog.py" line="48" />
            <source>Démarrer en mode parloir</source>
            <translation>Start in visiting-room mode</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/settings_dialog.py" line="88" />
            <source>Langue (au prochain démarrage)</source>
            <translation>Language (at next start)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/settings_dialog.py" line="51" />
            <source>Langue de l'interface</source>
            <translation>Interface language</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/settings_dialog.py" line="67" />
            <source>Le lexique intégré (justice, détention, santé, addictions, handicap, santé sexuelle, famille) s'applique toujours ; les mots ou expressions écrits ici s'y ajoutent, un par ligne. Ils sont reconnus en mots entiers, sans tenir compte des accents ni des majuscules. Ils déclenchent l'avertissement de la note d'entretien et retiennent la ligne du récapitulatif pour relecture. Liste vide : le lexique seul.</source>
            <translation>The built-in lexicon (justice, detention, health, addictions, disability, sexual health, family) always applies; the words or phrases written here are added to it, one per line. They match whole words, ignoring accents and capitals. They trigger the interview-note warning and hold the summary line back for review. Empty list: the lexicon alone.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/settings_dialog.py" line="62" />
            <source>Mots ajoutés au lexique par la structure</source>
            <translation>Words added to the lexicon by the organisation</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/settings_dialog.py" line="99" />
            <source>Mots de la structure (note d'entretien, récapitulatif) :</source>
            <translation>The organisation's words (interview note, summary):</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/settings_dialog.py" line="39" />
            <source>Paramètres</source>
            <translation>Settings</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/settings_dialog.py" line="90" />
            <source>Standard (récapitulatif)</source>
            <translation>Switchboard (summary)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/settings_dialog.py" line="84" />
            <source>Standard téléphonique de la Mission Locale</source>
            <translation>Telephone switchboard of the Mission Locale</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/settings_dialog.py" line="86" />
            <source>Verrouillage après</source>
            <translation>Lock after</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/settings_dialog.py" line="47" />
            <source>Verrouillage après inactivité, en minutes</source>
            <translation>Lock after inactivity, in minutes</translation>
        </message>
    </context>
    <context>
        <name>SetupWizard</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/lock/setup_wizard.py" line="301" />
            <source>Création et chiffrement de la base…</source>
            <translation>Creating and encrypting the database…</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/lock/setup_wizard.py" line="248" />
            <source>Première utilisation</source>
            <translation>First use</translation>
        </message>
    </context>
    <context>
        <name>SlotDialog</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/slot_dialog.py" line="56" />
            <source> semaine(s)</source>
            <translation> week(s)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/slot_dialog.py" line="71" />
            <source>Début</source>
            <translation>Start</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/slot_dialog.py" line="72" />
            <source>Fin</source>
            <translation>End</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/slot_dialog.py" line="70" />
            <source>Jour</source>
            <translation>Day</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/slot_dialog.py" line="75" />
            <source>Jusqu'au (facultatif)</source>
            <translation>Until (optional)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/slot_dialog.py" line="76" />
            <source>Libellé (facultatif)</source>
            <translation>Label (optional)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/slot_dialog.py" line="36" />
            <source>Nouveau créneau de permanence</source>
            <translation>New drop-in slot</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/slot_dialog.py" line="73" />
            <source>Toutes les</source>
            <translation>Every</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/slot_dialog.py" line="74" />
            <source>À partir du</source>
            <translation>From</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/slot_dialog.py" line="69" />
            <source>Établissement</source>
            <translation>Establishment</translation>
        </message>
    </context>
    <context>
        <name>SummaryPreviewDialog</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/print_preview.py" line="420" />
            <source> (imprimée après confirmation)</source>
            <translation> (printed after confirmation)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/print_preview.py" line="237" />
            <source>Ajouter une ligne</source>
            <translation>Add a line</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/print_preview.py" line="213" />
            <source>Aperçu du récapitulatif</source>
            <translation>Summary preview</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/print_preview.py" line="265" />
            <source>Ces lignes ne sont pas imprimées. Réécrivez-les pour le jeune, ou imprimez-les telles quelles après confirmation (notée dans le journal des accès).</source>
            <translation>These lines are not printed. Rewrite them for the young person, or print them as they are after a confirmation (recorded in the access log).</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/print_preview.py" line="288" />
            <source>Documents</source>
            <translation>Documents</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/print_preview.py" line="236" />
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/print_preview.py" line="239" />
            <source>Documents à préparer</source>
            <translation>Documents to prepare</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/print_preview.py" line="247" />
            <source>Double-cliquez sur une ligne pour la modifier. Ces lignes servent à cette impression seulement : elles ne sont pas enregistrées dans le dossier.</source>
            <translation>Double-click a line to edit it. These lines are for this printout only: they are not saved in the case file.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/print_preview.py" line="650" />
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/print_preview.py" line="652" />
            <source>Enregistrement</source>
            <translation>Saving</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/print_preview.py" line="291" />
            <source>Enregistrer en PDF…</source>
            <translation>Save as PDF…</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/print_preview.py" line="632" />
            <source>Enregistrer le récapitulatif</source>
            <translation>Save the summary</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/print_preview.py" line="292" />
            <source>Fermer</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/print_preview.py" line="226" />
            <source>Gros caractères</source>
            <translation>Large print</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/print_preview.py" line="625" />
            <source>Impression</source>
            <translation>Printing</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/print_preview.py" line="495" />
            <source>Imprimer cette ligne telle quelle ?

{ligne}

Retenue pour : {raisons}

Le récapitulatif peut être lu par d'autres que le jeune. Cette confirmation est notée dans le journal des accès.</source>
            <translation>Print this line as it is?

{ligne}

Held back for: {raisons}

The summary may be read by others than the young person. This confirmation is recorded in the access log.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/print_preview.py" line="614" />
            <source>Imprimer le récapitulatif</source>
            <translation>Print the summary</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/print_preview.py" line="494" />
            <source>Imprimer quand même</source>
            <translation>Print anyway</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/print_preview.py" line="263" />
            <source>Imprimer quand même…</source>
            <translation>Print anyway…</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/print_preview.py" line="290" />
            <source>Imprimer…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/print_preview.py" line="425" />
            <source>Imprimé ({n})</source>
            <translation>Printed ({n})</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/print_preview.py" line="598" />
            <source>Le fichier n'a pas pu être enregistré ({raison}).</source>
            <translation>The file could not be saved ({raison}).</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/print_preview.py" line="652" />
            <source>Le récapitulatif a été enregistré.</source>
            <translation>The summary was saved.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/print_preview.py" line="284" />
            <source>Lignes imprimées</source>
            <translation>Printed lines</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/print_preview.py" line="261" />
            <source>Lignes retenues, non imprimées</source>
            <translation>Held-back lines, not printed</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/print_preview.py" line="632" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/print_preview.py" line="238" />
            <source>Retirer la ligne</source>
            <translation>Remove the line</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/print_preview.py" line="578" />
            <source>Récapitulatif</source>
            <translation>Summary</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/print_preview.py" line="204" />
            <source>Récapitulatif à remettre au jeune</source>
            <translation>Summary to hand to the young person</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/print_preview.py" line="483" />
            <source>Réécrire pour le jeune</source>
            <translation>Rewrite for the young person</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/print_preview.py" line="262" />
            <source>Réécrire pour le jeune…</source>
            <translation>Rewrite for the young person…</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/print_preview.py" line="221" />
            <source>S'adresser au jeune</source>
            <translation>Addressing the young person</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/print_preview.py" line="215" />
            <source>Tutoyer (« tu »)</source>
            <translation>Informal (“tu”)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/print_preview.py" line="216" />
            <source>Vouvoyer (« vous »)</source>
            <translation>Formal (“vous”)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/print_preview.py" line="628" />
            <source>recapitulatif-{date}.pdf</source>
            <translation>summary-{date}.pdf</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/print_preview.py" line="424" />
            <source>À relire ({n})</source>
            <translation>To review ({n})</translation>
        </message>
    </context>
    <context>
        <name>SyncView</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/sync_view.py" line="450" />
            <source> (supprimée)</source>
            <translation> (deleted)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/sync_view.py" line="477" />
            <source>(créée avec la demande d'inscription)</source>
            <translation>(created with the enrolment request)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/sync_view.py" line="388" />
            <source>Approuver une demande…</source>
            <translation>Approve a request…</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/sync_view.py" line="257" />
            <source>Aucun dossier choisi</source>
            <translation>No folder chosen</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/sync_view.py" line="658" />
            <source>Aucun paquet pour ce poste dans ce dossier.</source>
            <translation>No bundle for this computer in this folder.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/sync_view.py" line="486" />
            <source>Aucun poste portable n'est encore inscrit : approuvez d'abord sa demande d'inscription dans l'onglet « Postes ».</source>
            <translation>No laptop is enrolled yet: first approve its enrolment request in the “Computers” tab.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/sync_view.py" line="490" />
            <source>Ce poste n'est pas encore inscrit auprès du bureau : rien à échanger pour l'instant. Commencez par l'onglet « Inscription ».</source>
            <translation>This computer is not enrolled with the office yet: nothing to exchange for now. Start with the “Enrolment” tab.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/sync_view.py" line="472" />
            <source>Ce poste n'est pas encore inscrit.</source>
            <translation>This computer is not enrolled yet.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/sync_view.py" line="360" />
            <source>Ce poste échange avec le bureau une fois inscrit auprès de lui :
1. Choisissez en haut le dossier de la clé USB.
2. Écrivez la demande d'inscription sur la clé.
3. Au bureau, dans Synchronisation → Postes, la demande est approuvée après comparaison de l'empreinte ci-dessous.
4. Revenez ici avec la clé et terminez l'inscription.</source>
            <translation>This computer exchanges with the office once enrolled with it:
1. Choose the USB stick's folder above.
2. Write the enrolment request on the stick.
3. At the office, in Synchronisation → Computers, the request is approved after comparing the fingerprint below.
4. Come back here with the stick and finish the enrolment.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/sync_view.py" line="331" />
            <source>Champ</source>
            <translation>Field</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/sync_view.py" line="259" />
            <source>Choisir le dossier de la clé…</source>
            <translation>Choose the USB stick's folder…</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/sync_view.py" line="567" />
            <source>Choisissez d'abord le dossier de la clé USB.</source>
            <translation>First choose the USB stick's folder.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/sync_view.py" line="262" />
            <source>Clé USB :</source>
            <translation>USB stick:</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/sync_view.py" line="283" />
            <source>Conflits</source>
            <translation>Conflicts</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/sync_view.py" line="455" />
            <source>Conflits ({n})</source>
            <translation>Conflicts ({n})</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/sync_view.py" line="753" />
            <source>Demande d'inscription</source>
            <translation>Enrolment request</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/sync_view.py" line="692" />
            <source>Demande écrite sur la clé. Empreinte de ce poste, à comparer avec l'écran du bureau : {fp}</source>
            <translation>Request written on the stick. This computer's fingerprint, to compare with the office's screen: {fp}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/sync_view.py" line="331" />
            <source>Dossier</source>
            <translation>Case file</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/sync_view.py" line="432" />
            <source>Dossier de la clé USB</source>
            <translation>USB stick folder</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/sync_view.py" line="379" />
            <source>Empreinte</source>
            <translation>Fingerprint</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/sync_view.py" line="373" />
            <source>Empreinte de ce poste :</source>
            <translation>This computer's fingerprint:</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/sync_view.py" line="721" />
            <source>Empreinte du bureau : {fp}

L'écran du bureau affiche-t-il la même empreinte ?</source>
            <translation>Office fingerprint: {fp}

Does the office's screen show the same fingerprint?</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/sync_view.py" line="299" />
            <source>Exporter</source>
            <translation>Export</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/sync_view.py" line="331" />
            <source>Fiche</source>
            <translation>Record</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/sync_view.py" line="287" />
            <source>Historique</source>
            <translation>History</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/sync_view.py" line="668" />
            <source>Import en cours…</source>
            <translation>Importing…</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/sync_view.py" line="312" />
            <source>Importer</source>
            <translation>Import</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/sync_view.py" line="318" />
            <source>Importer les paquets de la clé</source>
            <translation>Import the bundles from the stick</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/sync_view.py" line="285" />
            <source>Inscription</source>
            <translation>Enrolment</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/sync_view.py" line="469" />
            <source>Inscrit auprès de : {bureau}</source>
            <translation>Enrolled with: {bureau}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/sync_view.py" line="557" />
            <source>L'opération a échoué. Rien n'a été modifié.</source>
            <translation>The operation failed. Nothing was changed.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/sync_view.py" line="586" />
            <source>Paquet n° {n} écrit et vérifié ({fiches} fiches). Vous pouvez retirer la clé.</source>
            <translation>Bundle no. {n} written and checked ({fiches} records). You can remove the stick.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/sync_view.py" line="619" />
            <source>Paquets d'un poste révoqué</source>
            <translation>Bundles from a revoked device</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/sync_view.py" line="379" />
            <source>Poste</source>
            <translation>Computer</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/sync_view.py" line="741" />
            <source>Poste inscrit auprès du bureau. {detail}</source>
            <translation>Computer enrolled with the office. {detail}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/sync_view.py" line="777" />
            <source>Poste inscrit. Réponse écrite et vérifiée sur la clé ; empreinte du bureau à comparer sur le poste : {fp}</source>
            <translation>Computer enrolled. Reply written and checked on the stick; office fingerprint to compare on the computer: {fp}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/sync_view.py" line="828" />
            <source>Poste révoqué : ses paquets seront refusés.</source>
            <translation>Computer revoked: its bundles will be refused.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/sync_view.py" line="285" />
            <source>Postes</source>
            <translation>Computers</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/sync_view.py" line="353" />
            <source>Pour inscrire un poste portable : sur le portable, écrivez la demande d'inscription sur la clé ; ici, choisissez le dossier de la clé puis « Approuver une demande… » en comparant l'empreinte affichée sur le portable ; enfin, sur le portable, terminez l'inscription avec la réponse écrite sur la clé.</source>
            <translation>To enrol a laptop: on the laptop, write the enrolment request on the stick; here, choose the stick's folder, then “Approve a request…”, comparing the fingerprint shown on the laptop; finally, on the laptop, finish the enrolment with the reply written on the stick.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/sync_view.py" line="379" />
            <source>Périmètre</source>
            <translation>Scope</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/sync_view.py" line="389" />
            <source>Périmètre…</source>
            <translation>Scope…</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/sync_view.py" line="710" />
            <source>Réponse d'inscription</source>
            <translation>Enrolment reply</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/sync_view.py" line="337" />
            <source>Résoudre…</source>
            <translation>Resolve…</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/sync_view.py" line="390" />
            <source>Révoquer</source>
            <translation>Revoke</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/sync_view.py" line="814" />
            <source>Révoquer un poste</source>
            <translation>Revoke a computer</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/sync_view.py" line="815" />
            <source>Révoquer « {poste} » ? Ses paquets écrits après la révocation seront refusés ; ceux écrits avant ne seront importés qu'après confirmation.</source>
            <translation>Revoke “{poste}”? Its bundles written after the revocation will be refused; those written before will only be imported after confirmation.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/sync_view.py" line="253" />
            <source>Synchronisation</source>
            <translation>Synchronisation</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/sync_view.py" line="611" />
            <source>Synchronisation en cours… Ne retirez pas la clé.</source>
            <translation>Synchronising… Do not remove the stick.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/sync_view.py" line="267" />
            <source>Synchroniser avec la clé</source>
            <translation>Synchronise with the stick</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/sync_view.py" line="720" />
            <source>Terminer l'inscription</source>
            <translation>Finish the enrolment</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/sync_view.py" line="405" />
            <source>Terminer l'inscription…</source>
            <translation>Finish the enrolment…</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/sync_view.py" line="331" />
            <source>Valeurs</source>
            <translation>Values</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/sync_view.py" line="460" />
            <source>actif</source>
            <translation>active</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/sync_view.py" line="460" />
            <source>révoqué</source>
            <translation>revoked</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/sync_view.py" line="620" />
            <source>{n} paquet(s) d'un poste révoqué ont été écrits avant sa révocation. Les importer quand même ? Ce choix sera consigné dans le journal des accès.</source>
            <translation>{n} bundle(s) from a revoked device were written before its revocation. Import them anyway? This choice will be recorded in the access log.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/sync_view.py" line="282" />
            <source>Échanges</source>
            <translation>Exchanges</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/sync_view.py" line="402" />
            <source>Écrire la demande d'inscription sur la clé</source>
            <translation>Write the enrolment request on the stick</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/sync_view.py" line="303" />
            <source>Écrire le paquet sur la clé</source>
            <translation>Write the bundle on the stick</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/sync_view.py" line="579" />
            <source>Écriture du paquet… Ne retirez pas la clé.</source>
            <translation>Writing the bundle… Do not remove the stick.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/sync_view.py" line="379" />
            <source>État</source>
            <translation>State</translation>
        </message>
    </context>
    <context>
        <name>Synchronisation</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/history.py" line="62" />
            <source> (inscription)</source>
            <translation> (enrolment)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/conflicts.py" line="178" />
            <source>(dossier sans nom)</source>
            <translation>(case file without a name)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/conflicts.py" line="215" />
            <source>(fiche liée introuvable)</source>
            <translation>(linked record not found)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/conflicts.py" line="191" />
            <source>(vide)</source>
            <translation>(empty)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/history.py" line="64" />
            <source>, {p} dossier(s) retiré(s)</source>
            <translation>, {p} case file(s) removed</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/apply.py" line="109" />
            <source>ATTENTION, journal d'accès :</source>
            <translation>WARNING, access log:</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/conflict_names.py" line="73" />
            <source>Aucun conflit ne correspond à « {texte} ».</source>
            <translation>No conflict matches “{texte}”.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/conflict_names.py" line="54" />
            <source>Aucun conflit ne correspond.</source>
            <translation>No conflict matches.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/stick.py" line="135" />
            <source>Aucun paquet pour ce poste sur la clé.</source>
            <translation>No bundle for this device on the stick.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/devices.py" line="165" />
            <source>Aucun poste inscrit ne correspond à « {nom} ».</source>
            <translation>No enrolled computer matches “{nom}”.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/stick.py" line="98" />
            <source>Aucune clé USB n'a été trouvée : branchez-la, ou indiquez son dossier.</source>
            <translation>No USB stick was found: plug it in, or give its folder.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/enrolment.py" line="258" />
            <location filename="../../src/dedans_dehors_desktop/sync/offer.py" line="65" />
            <source>Bureau</source>
            <translation>Office</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/devices.py" line="54" />
            <source>Bureau — {structure}</source>
            <translation>Office — {structure}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/errors.py" line="68" />
            <source>Ce fichier n'est pas un paquet de synchronisation ordinaire (paquet d'inscription ?) : utilisez la fonction prévue pour lui.</source>
            <translation>This file is not an ordinary synchronisation bundle (an enrolment bundle?): use the function meant for it.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/enrolment.py" line="65" />
            <source>Ce fichier n'est pas une demande d'inscription valide (fichier endommagé ou modifié) : il a été refusé. Rien n'a été modifié.</source>
            <translation>This file is not a valid enrolment request (damaged or modified file): it was refused. Nothing was changed.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/errors.py" line="83" />
            <source>Ce fichier n'est pas une réponse d'inscription Dedans-Dehors : il a été refusé.</source>
            <translation>This file is not a Dedans-Dehors enrolment reply: it was refused.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/scope_notice.py" line="115" />
            <source>Ce jeune</source>
            <translation>This young person</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/apply.py" line="187" />
            <source>Ce paquet (n° {n}) a été écrit par ce poste-ci, pour « {poste} » : il n'y a rien à importer ici. Emportez-le sur la clé jusqu'à son destinataire. Rien n'a été modifié.</source>
            <translation>This bundle (no. {n}) was written by this device, for “{poste}”: there is nothing to import here. Take it on the stick to its recipient. Nothing was changed.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/apply.py" line="103" />
            <source>Ce paquet a déjà été importé : rien n'a changé.</source>
            <translation>This bundle has already been imported: nothing changed.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/clock.py" line="97" />
            <source>Ce paquet a été écrit il y a trop longtemps (il répond à un paquet de ce poste lui-même trop ancien) : il a été refusé. Faites un nouvel export sur le poste d'origine, après avoir importé le dernier paquet de ce poste. Rien n'a été modifié.</source>
            <translation>This bundle was written too long ago (it answers a bundle from this device that is itself too old): it was refused. Export again on the original device, after importing this device's latest bundle. Nothing was changed.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/errors.py" line="111" />
            <source>Ce paquet a été écrit par ce poste-ci, pour l'autre poste : il n'y a rien à importer ici. Emportez-le sur la clé jusqu'à son destinataire.</source>
            <translation>This bundle was written by this device, for the other one: there is nothing to import here. Take it on the stick to its recipient.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/errors.py" line="49" />
            <source>Ce paquet a été écrit par une version plus récente de l'application, dans un format que celle-ci ne sait pas lire. Installez la dernière version sur ce poste, puis réessayez.</source>
            <translation>This bundle was written by a newer version of the application, in a format this one cannot read. Install the latest version on this computer, then try again.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/errors.py" line="106" />
            <source>Ce paquet annonce une durée de validité anormalement longue (plus de 60 jours) : il a été refusé. Vérifiez la date et l'heure du poste qui l'a écrit.</source>
            <translation>This bundle claims an abnormally long validity (more than 60 days): it was refused. Check the date and time of the device that wrote it.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/errors.py" line="54" />
            <source>Ce paquet demande des fonctions que cette version de l'application ne connaît pas. Installez la dernière version sur ce poste, puis réessayez.</source>
            <translation>This bundle needs features this version of the application does not know. Install the latest version on this computer, then try again.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/errors.py" line="101" />
            <source>Ce paquet est daté dans le futur pour ce poste : vérifiez la date et l'heure des deux postes, puis refaites l'export.</source>
            <translation>This bundle is dated in the future for this device: check the date and time of both devices, then export again.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/clock.py" line="71" />
            <source>Ce paquet est daté du {date}, dans le futur pour ce poste : l'horloge du poste qui l'a écrit est en avance, ou celle de ce poste en retard. Vérifiez la date et l'heure des deux postes, puis refaites l'export. Rien n'a été modifié.</source>
            <translation>This bundle is dated {date}, in the future for this device: the clock of the device that wrote it is fast, or this device's clock is slow. Check the date and time of both devices, then export again. Nothing was changed.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/errors.py" line="40" />
            <source>Ce paquet est plus ancien que le dernier paquet importé de ce poste (copie ancienne ou rejeu) : il a été refusé. Le paquet le plus récent contient déjà tout son contenu.</source>
            <translation>This bundle is older than the last bundle imported from this computer (an old copy or a replay): it was refused. The most recent bundle already holds all of its content.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/clock.py" line="103" />
            <source>Ce paquet porte la date du {date} et a expiré le {fin} : il a été refusé. Si cette date est fausse, c'est l'horloge du poste qui l'a écrit qui est en retard : faites corriger sa date et son heure, puis refaites l'export (un nouvel export fait avec la même horloge serait refusé de la même façon). Sinon, demandez simplement un nouvel export. Rien n'a été modifié.</source>
            <translation>This bundle is dated {date} and expired on {fin}: it was refused. If that date is wrong, the clock of the device that wrote it is slow: have its date and time corrected, then export again (a new export made with the same clock would be refused the same way). Otherwise, simply ask for a new export. Nothing was changed.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/errors.py" line="116" />
            <source>Ce paquet provient d'un poste révoqué, mais il a été écrit avant la révocation : il peut être importé après confirmation.</source>
            <translation>This bundle comes from a revoked device, but it was written before the revocation: it can be imported after confirmation.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/revocation.py" line="75" />
            <source>Ce paquet provient de « {poste} », révoqué le {rev}, et a été écrit après sa révocation : il est refusé, définitivement. Signalez-le au référent sécurité de la Mission Locale. Rien n'a été modifié.</source>
            <translation>This bundle comes from “{poste}”, revoked on {rev}, and was written after its revocation: it is refused, for good. Report it to the Mission Locale's security officer. Nothing was changed.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/revocation.py" line="46" />
            <source>Ce paquet provient de « {poste} », révoqué le {rev}. Il indique avoir été écrit le {date}, avant la révocation : il peut être importé au bureau après confirmation (la confirmation est consignée dans le journal des accès). Rien n'a été modifié.</source>
            <translation>This bundle comes from “{poste}”, revoked on {rev}. It says it was written on {date}, before the revocation: it can be imported at the office after confirmation (the confirmation is recorded in the access log). Nothing was changed.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/devices.py" line="194" />
            <source>Ce poste a été révoqué : il ne peut pas être inscrit de nouveau avec les mêmes clés. Créez une nouvelle demande depuis une installation neuve.</source>
            <translation>This computer has been revoked: it cannot be enrolled again with the same keys. Create a new request from a fresh installation.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/errors.py" line="92" />
            <source>Ce poste est déjà inscrit auprès d'un autre bureau : la réponse a été refusée.</source>
            <translation>This computer is already enrolled with another office: the reply was refused.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/export.py" line="90" />
            <source>Ce poste est révoqué : aucun paquet ne peut lui être destiné.</source>
            <translation>This computer is revoked: no bundle can be addressed to it.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/errors.py" line="78" />
            <source>Ce poste n'est pas encore inscrit auprès du bureau de la Mission Locale : faites d'abord la demande d'inscription.</source>
            <translation>This computer is not enrolled with the Mission Locale office yet: make the enrolment request first.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/enrolment.py" line="164" />
            <source>Cette demande a été faite par ce poste lui-même.</source>
            <translation>This request was made by this computer itself.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/errors.py" line="87" />
            <source>Cette réponse d'inscription ne correspond pas à la dernière demande faite sur ce poste : elle a été refusée. Refaites la demande d'inscription.</source>
            <translation>This enrolment reply does not match the last request made on this computer: it was refused. Make the enrolment request again.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/conflict_names.py" line="29" />
            <source>Choix possibles : confirmer la suppression (--confirmer-suppression : la fiche reste supprimée partout) ou restaurer la fiche (--restaurer : elle revient avec les modifications faites sur l'autre poste).</source>
            <translation>Possible choices: confirm the deletion (--confirmer-suppression: the record stays deleted everywhere) or restore the record (--restaurer: it comes back with the changes made on the other device).</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/conflict_names.py" line="34" />
            <source>Choix possibles : garder une des valeurs (--garder NUMÉRO) ou en saisir une autre (--valeur TEXTE).</source>
            <translation>Possible choices: keep one of the values (--garder NUMBER) or type another one (--valeur TEXT).</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/scope_notice.py" line="121" />
            <source>Confier au bureau</source>
            <translation>Hand over to the office</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/conflicts.py" line="183" />
            <source>Dossier supprimé</source>
            <translation>Case file deleted</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/conflicts.py" line="141" />
            <source>Dossier supprimé / complété ailleurs</source>
            <translation>Case file deleted / completed elsewhere</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/conflicts.py" line="185" />
            <source>Fiche conservée</source>
            <translation>Record kept</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/conflicts.py" line="185" />
            <source>Fiche supprimée</source>
            <translation>Record deleted</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/scope_notice.py" line="121" />
            <source>Garder sur ce poste</source>
            <translation>Keep on this device</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/conflict_names.py" line="60" />
            <source>Il n'y a pas de conflit n° {n} : la liste en compte {total}.</source>
            <translation>There is no conflict no. {n}: the list has {total}.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/scope_notice.py" line="117" />
            <source>Il restera aussi sur ce poste si son suivi judiciaire indique un établissement du périmètre.</source>
            <translation>It will also stay on this device if its judicial follow-up names an establishment of the scope.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/stick.py" line="127" />
            <source>Importé de « {poste} » (paquet n° {n}) : {detail}</source>
            <translation>Imported from “{poste}” (bundle no. {n}): {detail}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/conflict_names.py" line="67" />
            <source>Indiquez le numéro du conflit, ou le nom du jeune suivi du nom du champ.</source>
            <translation>Give the conflict's number, or the young person's name followed by the field's name.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/clock.py" line="89" />
            <source>L'horloge du poste qui a écrit ce paquet semble en retard d'environ {n} jour(s) (paquet daté du {date}) : faites corriger sa date et son heure.</source>
            <translation>The clock of the device that wrote this bundle seems about {n} day(s) slow (bundle dated {date}): have its date and time corrected.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/errors.py" line="96" />
            <source>La liste des postes jointe à ce paquet n'est pas signée correctement par le bureau : le paquet a été refusé.</source>
            <translation>The list of computers attached to this bundle is not correctly signed by the office: the bundle was refused.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/devices.py" line="248" />
            <source>Le bureau ne peut pas être révoqué depuis un poste.</source>
            <translation>The office cannot be revoked from a laptop.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/errors.py" line="64" />
            <source>Le contenu de ce paquet dépasse les limites que ce poste accepte : il a été refusé.</source>
            <translation>The content of this bundle exceeds the limits this computer accepts: it was refused.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/errors.py" line="59" />
            <source>Le contenu de ce paquet est mal formé, bien que correctement signé : il a été refusé. Signalez-le au référent sécurité de la Mission Locale.</source>
            <translation>The content of this bundle is malformed, although correctly signed: it was refused. Report it to the Mission Locale's security officer.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/stick.py" line="90" />
            <source>Le dossier « {nom} » est introuvable (clé USB retirée ?).</source>
            <translation>The folder “{nom}” cannot be found (USB stick removed?).</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/files.py" line="107" />
            <source>Le dossier « {nom} » n'existe pas (clé USB retirée ?) : aucun paquet n'a été écrit.</source>
            <translation>The folder “{nom}” does not exist (USB stick removed?): no bundle was written.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/files.py" line="79" />
            <source>Le fichier « {nom} » est introuvable (clé USB retirée ?).</source>
            <translation>The file “{nom}” cannot be found (USB stick removed?).</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/files.py" line="161" />
            <source>Le fichier « {nom} » existe déjà : il n'est jamais remplacé.</source>
            <translation>The file “{nom}” already exists: it is never replaced.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/files.py" line="116" />
            <source>Le fichier « {nom} » existe déjà : il n'est jamais remplacé. Choisissez un autre nom ou un dossier.</source>
            <translation>The file “{nom}” already exists: it is never replaced. Choose another name or a folder.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/files.py" line="85" />
            <source>Le fichier « {nom} » ne peut pas être lu (droits d'accès).</source>
            <translation>The file “{nom}” cannot be read (access rights).</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/errors.py" line="45" />
            <source>Le numéro de ce paquet est incohérent avec les échanges précédents : il a été refusé.</source>
            <translation>The number of this bundle is inconsistent with the previous exchanges: it was refused.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/export.py" line="350" />
            <source>Le paquet relu sur la clé ne correspond pas à celui qui vient d'être écrit : recommencez l'export, sur une autre clé si possible.</source>
            <translation>The bundle read back from the stick does not match the one just written: export again, on another stick if possible.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/export.py" line="93" />
            <source>Les échanges se font entre le bureau et les postes portables uniquement.</source>
            <translation>Exchanges take place only between the office and the laptops.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/errors.py" line="73" />
            <source>Les échanges se font uniquement entre le bureau et les postes portables : ce paquet a été refusé.</source>
            <translation>Exchanges take place only between the office and the laptops: this bundle was refused.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/conflicts.py" line="200" />
            <source>Non</source>
            <translation>No</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/conflicts.py" line="183" />
            <source>Nouvelles fiches ajoutées au dossier</source>
            <translation>New records added to the case file</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/conflicts.py" line="200" />
            <source>Oui</source>
            <translation>Yes</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/stick.py" line="171" />
            <source>Paquet n° {n} déjà importé : ignoré.</source>
            <translation>Bundle no. {n} already imported: skipped.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/stick.py" line="173" />
            <source>Paquet n° {n} plus ancien que le dernier importé (son contenu est déjà arrivé) : ignoré.</source>
            <translation>Bundle no. {n} is older than the last one imported (its content already arrived): skipped.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/export.py" line="81" />
            <source>Paquet écrit et vérifié ({n} fiches) : vous pouvez retirer la clé.</source>
            <translation>Bundle written and checked ({n} records): you can remove the stick.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/conflict_names.py" line="77" />
            <source>Plusieurs conflits correspondent : {liste}. Précisez le champ, ou le numéro.</source>
            <translation>Several conflicts match: {liste}. Give the field, or the number.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/devices.py" line="168" />
            <source>Plusieurs postes correspondent à « {nom} » : précisez l'identifiant.</source>
            <translation>Several computers match “{nom}”: give the identifier.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/stick.py" line="102" />
            <source>Plusieurs supports amovibles sont branchés ({liste}) : indiquez le dossier de la clé.</source>
            <translation>Several removable media are plugged in ({liste}): give the stick's folder.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/devices.py" line="54" />
            <source>Poste de {user}</source>
            <translation>{user}'s computer</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/devices.py" line="246" />
            <location filename="../../src/dedans_dehors_desktop/sync/export.py" line="88" />
            <source>Poste inconnu.</source>
            <translation>Unknown computer.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/scope.py" line="66" />
            <source>Périmètre invalide : écrivez « referent:Nom » ou « etablissement:Nom ou identifiant ».</source>
            <translation>Invalid scope: write “referent:Name” or “etablissement:Name or identifier”.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/stick.py" line="133" />
            <source>Refusé : {nom} — {cause}</source>
            <translation>Refused: {nom} — {cause}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/enrolment.py" line="161" />
            <source>Seul le bureau peut inscrire un poste.</source>
            <translation>Only the office can enrol a computer.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/enrolment.py" line="100" />
            <source>Seul un poste portable fait une demande d'inscription ; le bureau approuve les demandes.</source>
            <translation>Only a laptop makes an enrolment request; the office approves the requests.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/enrolment.py" line="197" />
            <source>Seul un poste portable s'inscrit auprès du bureau.</source>
            <translation>Only a laptop enrols with the office.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/conflicts.py" line="143" />
            <source>Suppression de la fiche</source>
            <translation>Deletion of the record</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/files.py" line="183" />
            <source>Trop de fichiers portent déjà ce nom dans ce dossier.</source>
            <translation>Too many files already have this name in this folder.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/stick.py" line="144" />
            <source>Vous pouvez retirer la clé.</source>
            <translation>You can remove the stick.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/scope.py" line="135" />
            <source>aucun dossier</source>
            <translation>no case file</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/conflicts.py" line="87" />
            <source>ce poste</source>
            <translation>this computer</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/apply.py" line="118" />
            <source>conflit à examiner</source>
            <translation>conflict to review</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/apply.py" line="118" />
            <source>conflits à examiner</source>
            <translation>conflicts to review</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/scope.py" line="55" />
            <location filename="../../src/dedans_dehors_desktop/sync/scope.py" line="125" />
            <source>dossier gardé : {v}</source>
            <translation>kept case file: {v}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/apply.py" line="123" />
            <source>dossier retiré de ce poste</source>
            <translation>case file removed from this computer</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/apply.py" line="124" />
            <source>dossiers retirés de ce poste</source>
            <translation>case files removed from this computer</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/stick.py" line="141" />
            <source>fiche</source>
            <translation>record</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/stick.py" line="141" />
            <source>fiches</source>
            <translation>records</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/apply.py" line="117" />
            <source>modification importée</source>
            <translation>change imported</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/apply.py" line="117" />
            <source>modifications importées</source>
            <translation>changes imported</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/scope.py" line="53" />
            <source>référent : {v}</source>
            <translation>referent: {v}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/history.py" line="52" />
            <source>{at} — envoyé à {device} : paquet n° {seq}, {n} fiche(s)</source>
            <translation>{at} — sent to {device}: bundle no. {seq}, {n} record(s)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/history.py" line="54" />
            <source>{at} — reçu de {device} : paquet n° {seq}, {n} fiche(s) modifiée(s), {c} conflit(s)</source>
            <translation>{at} — received from {device}: bundle no. {seq}, {n} record(s) changed, {c} conflict(s)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/files.py" line="71" />
            <source>« {nom} » est un dossier, pas un paquet : indiquez un fichier {ext}, ou utilisez « Synchroniser avec la clé » pour importer tout ce qui, sur la clé, est destiné à ce poste.</source>
            <translation>“{nom}” is a folder, not a bundle: give a {ext} file, or use “Synchronise with the stick” to import everything on the stick meant for this device.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/scope_notice.py" line="110" />
            <source>« {nom} » n'entre pas dans le périmètre de ce poste (dossiers que le bureau y envoie) : après la prochaine synchronisation, son dossier serait retiré de ce poste. Vous pouvez le garder (le bureau élargira le périmètre de ce poste à ce dossier) ou le confier au bureau (il quittera ce poste une fois arrivé au bureau).</source>
            <translation>“{nom}” is outside this device's scope (the case files the office sends to it): after the next synchronisation, the case file would be removed from this device. You can keep it (the office will widen this device's scope to this case file) or hand it over to the office (it will leave this device once it has reached the office).</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/stick.py" line="138" />
            <source>Écrit pour « {poste} » : {nom} ({fiches}), vérifié.</source>
            <translation>Written for “{poste}”: {nom} ({fiches}), verified.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/scope.py" line="90" />
            <source>Établissement introuvable (ou ambigu) : « {nom} ».</source>
            <translation>Establishment not found (or ambiguous): “{nom}”.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/scope.py" line="56" />
            <source>établissement : {v}</source>
            <translation>establishment: {v}</translation>
        </message>
    </context>
    <context>
        <name>ThresholdsDialog</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/thresholds_dialog.py" line="31" />
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/thresholds_dialog.py" line="33" />
            <source> jours</source>
            <translation> days</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/thresholds_dialog.py" line="26" />
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/thresholds_dialog.py" line="29" />
            <source> semaines</source>
            <translation> weeks</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/thresholds_dialog.py" line="37" />
            <source>Aucun contact depuis plus de</source>
            <translation>No contact for more than</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/thresholds_dialog.py" line="39" />
            <source>Commission dans moins de</source>
            <translation>Commission in less than</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/thresholds_dialog.py" line="38" />
            <source>Pièce d'identité expirant dans moins de</source>
            <translation>Identity document expiring in less than</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/thresholds_dialog.py" line="22" />
            <source>Seuils des rappels</source>
            <translation>Reminder thresholds</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/thresholds_dialog.py" line="36" />
            <source>Sortie prévue dans moins de</source>
            <translation>Release expected in less than</translation>
        </message>
    </context>
    <context>
        <name>TimelineModel</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/widgets/timeline.py" line="59" />
            <source> à {heure}</source>
            <translation> at {heure}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/widgets/timeline.py" line="92" />
            <source>Note masquée (mode parloir)</source>
            <translation>Note hidden (visiting-room mode)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/widgets/timeline.py" line="66" />
            <source>{n} min</source>
            <translation>{n} min</translation>
        </message>
    </context>
    <context>
        <name>Transferts</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/handover.py" line="117" />
            <source> jours</source>
            <translation> days</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/handover.py" line="133" />
            <source> — effacé le {date}</source>
            <translation> — erased on {date}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/handover.py" line="135" />
            <source> — à effacer à partir du {date}</source>
            <translation> — to be erased from {date}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/handover.py" line="260" />
            <source>Accepter le transfert</source>
            <translation>Accept the transfer</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/transfer.py" line="102" />
            <source>Actions</source>
            <translation>Actions</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/transfers.py" line="112" />
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/transfers.py" line="112" />
            <source>Années</source>
            <translation>Years</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/transfers.py" line="119" />
            <source>Aperçu</source>
            <translation>Preview</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/handover.py" line="203" />
            <source>Appelez cette Mission Locale et faites-lui lire son empreinte. Elle doit être exactement :</source>
            <translation>Call this Mission Locale and have them read out their fingerprint. It must be exactly:</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/transfers.py" line="122" />
            <source>Appliquer (définitif)…</source>
            <translation>Apply (irreversible)…</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/handover.py" line="137" />
            <source>Aucune Mission Locale de confiance : importez d'abord son identité (page « Transferts »).</source>
            <translation>No trusted Mission Locale: first import its identity (“Transfers” page).</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/offices.py" line="171" />
            <source>Aucune Mission Locale de confiance ne correspond à « {nom} ».</source>
            <translation>No trusted Mission Locale matches “{nom}”.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/transfer.py" line="245" />
            <source>Ce dossier n'existe pas ou a été supprimé.</source>
            <translation>This case file does not exist or was deleted.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/transfer.py" line="135" />
            <source>Ce fichier de transfert a été modifié ou endommagé depuis son envoi : il a été refusé. Demandez un nouvel envoi à la Mission Locale d'origine.</source>
            <translation>This transfer file was altered or damaged since it was sent: it was refused. Ask the sending Mission Locale to send it again.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/offices.py" line="187" />
            <source>Ce fichier est l'identité de cette Mission Locale elle-même.</source>
            <translation>This file is the identity of this Mission Locale itself.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/offices.py" line="42" />
            <source>Ce fichier n'est pas l'identité d'une Mission Locale (fichier endommagé ou modifié) : il a été refusé. Rien n'a été modifié.</source>
            <translation>This file is not the identity of a Mission Locale (damaged or altered file): it was refused. Nothing was changed.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/transfer.py" line="143" />
            <source>Ce fichier n'est pas un transfert de dossiers : il a été refusé.</source>
            <translation>This file is not a transfer of case files: it was refused.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/handover.py" line="71" />
            <source>Ce qui est transmis</source>
            <translation>What is handed over</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/transfers.py" line="112" />
            <source>Ce qui reste</source>
            <translation>What stays</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/transfer.py" line="130" />
            <source>Ce transfert a déjà été reçu (copie ou rejeu) : il a été refusé.</source>
            <translation>This transfer was already received (copy or replay): it was refused.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/transfer.py" line="139" />
            <source>Ce transfert a expiré : il a été refusé. Demandez un nouvel envoi à la Mission Locale d'origine.</source>
            <translation>This transfer has expired: it was refused. Ask the sending Mission Locale to send it again.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/transfer.py" line="127" />
            <source>Ce transfert est destiné à une autre Mission Locale : il a été refusé.</source>
            <translation>This transfer is meant for another Mission Locale: it was refused.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/transfer.py" line="131" />
            <source>Ce transfert ne porte pas le consentement du jeune à son transfert (date, manière, personne qui l'a recueilli) : il a été refusé.</source>
            <translation>This transfer does not carry the youth's consent to the transfer (date, how, who recorded it): it was refused.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/transfer.py" line="120" />
            <source>Ce transfert provient d'une Mission Locale inconnue : importez d'abord son identité en comparant l'empreinte avec elle. Il a été refusé.</source>
            <translation>This transfer comes from an unknown Mission Locale: first import its identity, comparing the fingerprint with them. It was refused.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/transfer.py" line="124" />
            <source>Ce transfert provient d'une Mission Locale révoquée : il a été refusé.</source>
            <translation>This transfer comes from a revoked Mission Locale: it was refused.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/offices.py" line="192" />
            <source>Cette Mission Locale a été révoquée : ses clés ne peuvent pas être acceptées de nouveau. Demandez-lui une nouvelle identité.</source>
            <translation>This Mission Locale was revoked: its keys cannot be accepted again. Ask it for a new identity.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/transfer.py" line="348" />
            <source>Cette Mission Locale n'est pas (ou plus) de confiance : rien n'a été écrit.</source>
            <translation>This Mission Locale is not (or no longer) trusted: nothing was written.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/transfer.py" line="351" />
            <source>Choisissez au moins un jeune à transférer.</source>
            <translation>Choose at least one youth to transfer.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/handover.py" line="92" />
            <source>Consentement du jeune au transfert (obligatoire)</source>
            <translation>The youth's consent to the transfer (required)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/transfers.py" line="307" />
            <source>Conservation</source>
            <translation>Retention</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/transfers.py" line="110" />
            <source>Conservation des dossiers</source>
            <translation>Retention of case files</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/handover.py" line="255" />
            <source>Créer un nouveau dossier</source>
            <translation>Create a new case file</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/handover.py" line="106" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/transfers.py" line="92" />
            <source>De</source>
            <translation>From</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/handover.py" line="239" />
            <source>De « {ml} », envoyé le {date}</source>
            <translation>From “{ml}”, sent on {date}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/transfers.py" line="115" />
            <source>Dossier</source>
            <translation>Case file</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/transfers.py" line="186" />
            <source>Dossier où écrire l'identité</source>
            <translation>Folder to write the identity to</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/handover.py" line="170" />
            <source>Dossier où écrire le transfert (clé USB)</source>
            <translation>Folder to write the transfer to (USB stick)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/transfers.py" line="92" />
            <source>Dossiers</source>
            <translation>Case files</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/transfers.py" line="100" />
            <source>Dossiers transférés</source>
            <translation>Transferred case files</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/handover.py" line="120" />
            <source>Effacer le dossier ici (et sur les postes) après</source>
            <translation>Erase the case file here (and on the laptops) after</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/transfers.py" line="103" />
            <source>Effacer les dossiers échus</source>
            <translation>Erase the case files now due</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/transfers.py" line="112" />
            <source>Effet</source>
            <translation>Effect</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/handover.py" line="218" />
            <source>Elles diffèrent</source>
            <translation>They differ</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/transfers.py" line="67" />
            <source>Empreinte</source>
            <translation>Fingerprint</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/transfers.py" line="69" />
            <source>Empreinte de cette Mission Locale : {fp}</source>
            <translation>Fingerprint of this Mission Locale: {fp}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/transfers.py" line="116" />
            <source>Enregistrer les règles</source>
            <translation>Save the rules</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/transfers.py" line="74" />
            <source>Exporter notre identité…</source>
            <translation>Export our identity…</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/handover.py" line="197" />
            <source>Faire confiance à une Mission Locale</source>
            <translation>Trust a Mission Locale</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/transfers.py" line="115" />
            <source>Fiches</source>
            <translation>Records</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/handover.py" line="254" />
            <source>Fusionner avec {dossier}</source>
            <translation>Merge with {dossier}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/transfer.py" line="105" />
            <source>Historique des modifications</source>
            <translation>History of changes</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/transfer.py" line="100" />
            <source>Identité</source>
            <translation>Identity</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/transfers.py" line="206" />
            <source>Identité (*.ddml)</source>
            <translation>Identity (*.ddml)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/transfers.py" line="206" />
            <source>Identité d'une Mission Locale</source>
            <translation>Identity of a Mission Locale</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/transfers.py" line="197" />
            <source>Identité écrite : {path}
Empreinte à lire à l'autre Mission Locale : {fp}</source>
            <translation>Identity written: {path}
Fingerprint to read out to the other Mission Locale: {fp}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/transfers.py" line="76" />
            <source>Importer une identité…</source>
            <translation>Import an identity…</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/transfer.py" line="607" />
            <source>Indiquez, pour chaque jeune, s'il faut fusionner ou créer.</source>
            <translation>For each youth, say whether to merge or to create.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/transfer.py" line="215" />
            <source>L'identité du jeune fait toujours partie d'un transfert.</source>
            <translation>The youth's identity is always part of a transfer.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/transfer.py" line="210" />
            <source>Le consentement du jeune au transfert est incomplet ou invalide.</source>
            <translation>The youth's consent to the transfer is incomplete or invalid.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/transfer.py" line="203" />
            <source>Le consentement du jeune au transfert est obligatoire (date, manière, par qui).</source>
            <translation>The youth's consent to the transfer is required (date, how, by whom).</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/transfer.py" line="144" />
            <source>Le contenu de ce transfert est mal formé, bien que correctement signé : il a été refusé.</source>
            <translation>The content of this transfer is malformed, although correctly signed: it was refused.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/transfer.py" line="419" />
            <source>Le fichier relu ne correspond pas à celui écrit : recommencez.</source>
            <translation>The file read back does not match the one written: try again.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/handover.py" line="104" />
            <source>Le jeune a donné son accord à ce transfert</source>
            <translation>The youth agreed to this transfer</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/handover.py" line="111" />
            <source>Le programme continue de suivre le jeune : ne pas effacer ici</source>
            <translation>The programme still follows the youth: do not erase here</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/handover.py" line="215" />
            <source>Les empreintes sont identiques</source>
            <translation>The fingerprints are identical</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/transfers.py" line="308" />
            <source>Les règles vont être appliquées : les informations concernées seront effacées ici et sur les postes, définitivement. Continuer ?</source>
            <translation>The rules are about to be applied: the information concerned will be erased here and on the laptops, for good. Continue?</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/offices.py" line="94" />
            <source>Les transferts entre Missions Locales se font depuis l'installation du bureau.</source>
            <translation>Transfers between Missions Locales are made from the office installation.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/handover.py" line="132" />
            <location filename="../../src/dedans_dehors_desktop/gui/pages/transfers.py" line="67" />
            <source>Mission Locale</source>
            <translation>Mission Locale</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/offices.py" line="224" />
            <source>Mission Locale inconnue.</source>
            <translation>Unknown Mission Locale.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/transfers.py" line="66" />
            <source>Missions Locales de confiance</source>
            <translation>Trusted Missions Locales</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/handover.py" line="89" />
            <source>Notes à joindre (une par une) :</source>
            <translation>Notes to include (one by one):</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/handover.py" line="101" />
            <source>Oral, noté par le référent</source>
            <translation>Oral, noted by the caseworker</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/transfers.py" line="93" />
            <source>Ouvrir un transfert reçu…</source>
            <translation>Open a received transfer…</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/handover.py" line="108" />
            <source>Par</source>
            <translation>By</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/transfer.py" line="101" />
            <source>Parcours</source>
            <translation>Pathway</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/offices.py" line="176" />
            <source>Plusieurs Missions Locales correspondent à « {nom} » : précisez l'identifiant.</source>
            <translation>Several Missions Locales match “{nom}”: give the identifier.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/transfers.py" line="112" />
            <source>Quand</source>
            <translation>When</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/handover.py" line="107" />
            <source>Recueilli</source>
            <translation>Recorded</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/transfer.py" line="104" />
            <source>Rendez-vous</source>
            <translation>Appointments</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/handover.py" line="143" />
            <source>Reçu de « {ml} », le {date}</source>
            <translation>Received from “{ml}” on {date}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/transfers.py" line="92" />
            <source>Reçu le</source>
            <translation>Received on</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/transfer.py" line="113" />
            <source>Rien n'a été modifié.</source>
            <translation>Nothing was changed.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/transfers.py" line="112" />
            <location filename="../../src/dedans_dehors_desktop/gui/pages/transfers.py" line="115" />
            <source>Règle</source>
            <translation>Rule</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/transfer.py" line="695" />
            <source>Référence sans nom.</source>
            <translation>Reference without a name.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/transfers.py" line="79" />
            <source>Révoquer</source>
            <translation>Revoke</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/transfer.py" line="103" />
            <source>Situations</source>
            <translation>Situations</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/handover.py" line="186" />
            <source>Transfert</source>
            <translation>Transfer</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/transfers.py" line="247" />
            <source>Transfert (*.ddtr)</source>
            <translation>Transfer (*.ddtr)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/handover.py" line="232" />
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/handover.py" line="273" />
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/handover.py" line="282" />
            <source>Transfert reçu</source>
            <translation>Received transfer</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/transfers.py" line="91" />
            <source>Transferts reçus</source>
            <translation>Received transfers</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/handover.py" line="59" />
            <source>Transférer à une autre Mission Locale</source>
            <translation>Transfer to another Mission Locale</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/handover.py" line="124" />
            <source>Transférer…</source>
            <translation>Transfer…</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/handover.py" line="131" />
            <source>Transféré à « {ml} » le {date}</source>
            <translation>Transferred to “{ml}” on {date}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/transfer.py" line="353" />
            <source>Trop de dossiers pour un seul transfert.</source>
            <translation>Too many case files for a single transfer.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/transfer.py" line="636" />
            <source>Une fiche de ce transfert est invalide ({detail}) : il a été refusé.</source>
            <translation>A record of this transfer is invalid ({detail}): it was refused.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/transfers.py" line="153" />
            <source>active</source>
            <translation>active</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/handover.py" line="202" />
            <source>consentement du {date} ({how}), recueilli par {who}</source>
            <translation>consent of {date} ({how}), recorded by {who}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/handover.py" line="204" />
            <source>oral</source>
            <translation>oral</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/transfers.py" line="153" />
            <source>révoquée</source>
            <translation>revoked</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/handover.py" line="245" />
            <source>{n} dossier(s) transféré(s) effacé(s), {k} conservé(s) (suivi en cours).</source>
            <translation>{n} transferred case file(s) erased, {k} kept (still followed).</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/transfers.py" line="165" />
            <source>{n} dossier(s) transféré(s) à effacer.</source>
            <translation>{n} transferred case file(s) to erase.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/handover.py" line="279" />
            <source>{n} fiche(s) reçue(s) de « {ml} ».</source>
            <translation>{n} record(s) received from “{ml}”.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dialogs/handover.py" line="100" />
            <source>Écrit signé</source>
            <translation>Signed in writing</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/transfers.py" line="67" />
            <source>État</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/services/handover.py" line="204" />
            <source>écrit</source>
            <translation>written</translation>
        </message>
    </context>
    <context>
        <name>UnlockPage</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/lock/unlock.py" line="114" />
            <source>&amp;Phrase de passe</source>
            <translation>&amp;Passphrase</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/lock/unlock.py" line="113" />
            <source>&amp;Utilisateur</source>
            <translation>&amp;User</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/lock/unlock.py" line="91" />
            <source>Afficher la saisie</source>
            <translation>Show what is typed</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/lock/unlock.py" line="141" />
            <source>Aide (F1)</source>
            <translation>Help (F1)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/lock/unlock.py" line="281" />
            <source>Après 5 essais infructueux, un délai d'attente s'applique.</source>
            <translation>After 5 failed attempts, a waiting delay applies.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/lock/unlock.py" line="176" />
            <source>Base de démonstration : données fictives, effacées à la fermeture. Pour l'ouvrir :</source>
            <translation>Demonstration database: fictitious data, erased on closing. To open it:</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/lock/unlock.py" line="72" />
            <source>Dedans-Dehors</source>
            <translation>Dedans-Dehors</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/lock/unlock.py" line="99" />
            <source>Déverrouiller</source>
            <translation>Unlock</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/lock/unlock.py" line="76" />
            <source>Les dossiers sont chiffrés. Saisissez votre phrase de passe pour les ouvrir.</source>
            <translation>The case files are encrypted. Enter your passphrase to open them.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/lock/unlock.py" line="88" />
            <source>Phrase de passe</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/lock/unlock.py" line="192" />
            <source>Phrase de passe :</source>
            <translation>Passphrase:</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/lock/unlock.py" line="249" />
            <source>Saisissez votre phrase de passe.</source>
            <translation>Enter your passphrase.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/lock/unlock.py" line="208" />
            <source>Session verrouillée. Saisissez votre phrase de passe pour reprendre là où vous en étiez.</source>
            <translation>Session locked. Enter your passphrase to carry on where you were.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/lock/unlock.py" line="227" />
            <source>Trop d'essais infructueux. Nouvel essai possible dans {n} s.</source>
            <translation>Too many failed attempts. Next attempt possible in {n} s.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/lock/unlock.py" line="84" />
            <source>Utilisateur</source>
            <translation>User</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/lock/unlock.py" line="186" />
            <source>Utilisateur :</source>
            <translation>User:</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/lock/unlock.py" line="142" />
            <source>À propos</source>
            <translation>About</translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/validation.py" line="196" />
            <source>Champ inconnu : {nom}.</source>
            <translation>Unknown field: {nom}.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/validation.py" line="244" />
            <source>L'heure de fin doit suivre l'heure de début.</source>
            <translation>The end time must come after the start time.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/validation.py" line="233" />
            <source>La date d'écrou est dans le futur.</source>
            <translation>The committal date is in the future.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/validation.py" line="220" />
            <source>Le détail de la situation ne correspond pas à sa catégorie.</source>
            <translation>The situation's detail does not match its category.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/validation.py" line="62" />
            <source>Le jeune n'a pas l'âge d'être suivi à cette date : {raison}.</source>
            <translation>The young person's age at this date does not allow a follow-up: {raison}.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/validation.py" line="48" />
            <source>l'âge au {date} ({age} ans) doit être entre {lo} et {hi} ans</source>
            <translation>the age on {date} ({age}) must be between {lo} and {hi}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/validation.py" line="179" />
            <location filename="../../src/dedans_dehors_desktop/core/validation.py" line="185" />
            <source>« {champ} » : contenu invalide.</source>
            <translation>“{champ}”: invalid content.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/validation.py" line="108" />
            <location filename="../../src/dedans_dehors_desktop/core/validation.py" line="110" />
            <source>« {champ} » : date invalide (attendu jj/mm/aaaa).</source>
            <translation>“{champ}”: invalid date (expected dd/mm/yyyy).</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/validation.py" line="120" />
            <source>« {champ} » : heure invalide (attendu hh:mm).</source>
            <translation>“{champ}”: invalid time (expected hh:mm).</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/validation.py" line="112" />
            <source>« {champ} » : la date doit être comprise entre 1900 et 2100.</source>
            <translation>“{champ}”: the date must be between 1900 and 2100.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/storage/repository.py" line="285" />
            <source>« {champ} » : la fiche liée n'existe pas.</source>
            <translation>“{champ}”: the linked record does not exist.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/validation.py" line="156" />
            <location filename="../../src/dedans_dehors_desktop/core/validation.py" line="160" />
            <source>« {champ} » : liste de valeurs attendue.</source>
            <translation>“{champ}”: a list of values is expected.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/validation.py" line="170" />
            <source>« {champ} » : référence invalide.</source>
            <translation>“{champ}”: invalid reference.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/validation.py" line="148" />
            <location filename="../../src/dedans_dehors_desktop/core/validation.py" line="163" />
            <source>« {champ} » : valeur inconnue.</source>
            <translation>“{champ}”: unknown value.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/summary_select.py" line="98" />
            <source>« {champ} » contient des caractères invisibles.</source>
            <translation>“{champ}” contains invisible characters.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/validation.py" line="144" />
            <source>« {champ} » doit valoir oui ou non.</source>
            <translation>“{champ}” must be yes or no.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/validation.py" line="132" />
            <source>« {champ} » doit être compris entre {lo} et {hi}.</source>
            <translation>“{champ}” must be between {lo} and {hi}.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/validation.py" line="124" />
            <location filename="../../src/dedans_dehors_desktop/core/validation.py" line="128" />
            <source>« {champ} » doit être un nombre entier.</source>
            <translation>“{champ}” must be a whole number.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/validation.py" line="85" />
            <source>« {champ} » doit être un texte.</source>
            <translation>“{champ}” must be text.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/validation.py" line="80" />
            <location filename="../../src/dedans_dehors_desktop/core/validation.py" line="96" />
            <location filename="../../src/dedans_dehors_desktop/core/validation.py" line="205" />
            <source>« {champ} » est obligatoire.</source>
            <translation>“{champ}” is required.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/validation.py" line="88" />
            <location filename="../../src/dedans_dehors_desktop/reports/summary_select.py" line="102" />
            <source>« {champ} » est trop long ({n} caractères, {max} au plus).</source>
            <translation>“{champ}” is too long ({n} characters, {max} at most).</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/validation.py" line="181" />
            <source>« {champ} » est trop long.</source>
            <translation>“{champ}” is too long.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/validation.py" line="99" />
            <source>« {champ} » n'est pas une adresse e-mail valide.</source>
            <translation>“{champ}” is not a valid e-mail address.</translation>
        </message>
    </context>
    <context>
        <name>WeekPage</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/week_view.py" line="127" />
            <source>Annuler l'inscription</source>
            <translation>Cancel the booking</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/week_view.py" line="292" />
            <source>Autres rendez-vous</source>
            <translation>Other appointments</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/week_view.py" line="67" />
            <source>Cette semaine</source>
            <translation>This week</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/week_view.py" line="389" />
            <location filename="../../src/dedans_dehors_desktop/gui/pages/week_view.py" line="398" />
            <source>Choisissez une permanence dans la vue du jour.</source>
            <translation>Choose a drop-in session in the day view.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/week_view.py" line="131" />
            <source>Commission…</source>
            <translation>Commission…</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/week_view.py" line="412" />
            <source>Enregistrer la liste du jour</source>
            <translation>Save the day's list</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/week_view.py" line="287" />
            <source>Entretien planifié</source>
            <translation>Interview planned</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/week_view.py" line="95" />
            <source>Heure</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/week_view.py" line="118" />
            <source>Inscrire un jeune…</source>
            <translation>Book a young person…</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/week_view.py" line="109" />
            <source>Jour</source>
            <translation>Day</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/week_view.py" line="81" />
            <source>La semaine</source>
            <translation>The week</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/week_view.py" line="126" />
            <source>Le jeune a été vu à cette permanence</source>
            <translation>The young person was seen at this drop-in session</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/week_view.py" line="92" />
            <source>Le jour</source>
            <translation>The day</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/week_view.py" line="399" />
            <source>Liste du jour</source>
            <translation>Day's list</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/week_view.py" line="122" />
            <source>Liste personnelle…</source>
            <translation>Personal list…</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/week_view.py" line="120" />
            <source>Liste pour l'établissement…</source>
            <translation>List for the establishment…</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/week_view.py" line="116" />
            <source>Nouveau créneau…</source>
            <translation>New slot…</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/week_view.py" line="129" />
            <source>Ouvrir le dossier</source>
            <translation>Open the case file</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/week_view.py" line="95" />
            <source>Qui, où</source>
            <translation>Who, where</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/week_view.py" line="59" />
            <location filename="../../src/dedans_dehors_desktop/gui/pages/week_view.py" line="108" />
            <location filename="../../src/dedans_dehors_desktop/gui/pages/week_view.py" line="383" />
            <source>Semaine</source>
            <translation>Week</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/week_view.py" line="220" />
            <source>Semaine du {debut} au {fin}</source>
            <translation>Week from {debut} to {fin}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/week_view.py" line="62" />
            <source>Semaine précédente</source>
            <translation>Previous week</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/week_view.py" line="65" />
            <source>Semaine suivante</source>
            <translation>Next week</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/week_view.py" line="195" />
            <source>Tous les établissements</source>
            <translation>All establishments</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/week_view.py" line="124" />
            <source>Vu·e</source>
            <translation>Seen</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/week_view.py" line="403" />
            <source>liste-du-jour-{date}.pdf</source>
            <translation>day-list-{date}.pdf</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/week_view.py" line="403" />
            <source>preparation-{date}.pdf</source>
            <translation>preparation-{date}.pdf</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/week_view.py" line="275" />
            <source>{n} inscrit(s)</source>
            <translation>{n} booked</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/week_view.py" line="72" />
            <source>Établissement</source>
            <translation>Establishment</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/week_view.py" line="95" />
            <source>État</source>
            <translation>Status</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/shell/main_window.py" line="145" />
            <source>Annuaires</source>
            <translation>Directories</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/shell/main_window.py" line="298" />
            <source>Choisissez d'abord un jeune dans la liste ou dans la permanence.</source>
            <translation>First choose a young person in the list or in the visiting session.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/shell/main_window.py" line="327" />
            <source>Entretien enregistré.</source>
            <translation>Interview saved.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/shell/main_window.py" line="140" />
            <source>Jeunes</source>
            <translation>Young people</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/shell/main_window.py" line="136" />
            <source>Navigation</source>
            <translation>Navigation</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/shell/main_window.py" line="141" />
            <source>Permanence</source>
            <translation>Visiting session</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/shell/main_window.py" line="144" />
            <source>Semaine</source>
            <translation>Week</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/shell/main_window.py" line="142" />
            <source>Synchronisation</source>
            <translation>Synchronisation</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/shell/main_window.py" line="143" />
            <source>Tableau de bord</source>
            <translation>Dashboard</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/shell/main_window.py" line="149" />
            <source>Transferts</source>
            <translation>Transfers</translation>
        </message>
    </context>
    <context>
        <name>YouthListModel</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/youth_list.py" line="63" />
            <source>Libération prévisionnelle</source>
            <translation>Expected release</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/youth_list.py" line="59" />
            <source>Nom</source>
            <translation>Last name</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/youth_list.py" line="64" />
            <source>Prochain rendez-vous</source>
            <translation>Next appointment</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/youth_list.py" line="60" />
            <source>Prénoms</source>
            <translation>First names</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/youth_list.py" line="61" />
            <source>Âge</source>
            <translation>Age</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/youth_list.py" line="62" />
            <source>Établissement</source>
            <translation>Establishment</translation>
        </message>
    </context>
    <context>
        <name>YouthListPage</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/youth_list.py" line="291" />
            <source>1. Renseignez les annuaires : établissements, partenaires, dispositifs et référents de la structure.
2. Reprenez le tableur tenu jusqu'ici (jeunes et historique) : « Importer un tableur… » propose un modèle à remplir.
3. Ou créez un premier dossier : « Nouveau jeune (orientation SPIP)… ».</source>
            <translation>1. Fill in the directories: establishments, partners, programmes and referents of the structure.
2. Bring in the spreadsheet kept so far (young people and history): “Import a spreadsheet…” offers a template to fill.
3. Or create a first record: “New young person (SPIP referral)…”.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/youth_list.py" line="269" />
            <source>Accompagnement en cours</source>
            <translation>Support in progress</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/youth_list.py" line="264" />
            <source>Filtrer par milieu</source>
            <translation>Filter by setting</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/youth_list.py" line="255" />
            <source>Filtrer par établissement</source>
            <translation>Filter by establishment</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/youth_list.py" line="280" />
            <location filename="../../src/dedans_dehors_desktop/gui/pages/youth_list.py" line="304" />
            <source>Importer un tableur…</source>
            <translation>Import a spreadsheet…</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/youth_list.py" line="331" />
            <source>Inscrire à une permanence…</source>
            <translation>Book into a drop-in session…</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/youth_list.py" line="376" />
            <source>Jeunes suivis</source>
            <translation>Young people followed</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/youth_list.py" line="319" />
            <source>Liste des jeunes</source>
            <translation>List of young people</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/youth_list.py" line="276" />
            <source>Nouveau jeune (orientation SPIP)…</source>
            <translation>New young person (SPIP referral)…</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/youth_list.py" line="301" />
            <source>Ouvrir les annuaires</source>
            <translation>Open the directories</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/youth_list.py" line="288" />
            <source>Pour commencer</source>
            <translation>To begin</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/youth_list.py" line="251" />
            <source>Recherche par nom</source>
            <translation>Search by name</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/youth_list.py" line="248" />
            <source>Rechercher un nom, un prénom… (Ctrl+F)</source>
            <translation>Search a last name, a first name… (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/youth_list.py" line="265" />
            <source>Tous les milieux</source>
            <translation>All settings</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/youth_list.py" line="450" />
            <source>Tous les établissements</source>
            <translation>All establishments</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/youth_list.py" line="439" />
            <source>{n} jeune</source>
            <translation>{n} young person</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/youth_list.py" line="439" />
            <source>{n} jeunes</source>
            <translation>{n} young people</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/pages/youth_list.py" line="270" />
            <source>À voir aujourd'hui</source>
            <translation>To see today</translation>
        </message>
    </context>
    <context>
        <name>À propos</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/about.py" line="74" />
            <source>Aucune connexion réseau : l'application n'ouvre jamais de connexion, ne cherche pas de mises à jour et n'envoie rien. Les échanges avec le bureau passent par des fichiers chiffrés et signés, sur clé USB.</source>
            <translation>No network connection: the application never opens a connection, never looks for updates and sends nothing. Exchanges with the office go through encrypted and signed files on a USB stick.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/about.py" line="93" />
            <source>Composants :</source>
            <translation>Components:</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/about.py" line="80" />
            <source>Données chiffrées sur ce poste (SQLCipher, AES-256) ; échanges chiffrés avec des algorithmes post-quantiques hybrides (ML-KEM, ML-DSA).</source>
            <translation>Data encrypted on this computer (SQLCipher, AES-256); exchanges encrypted with hybrid post-quantum algorithms (ML-KEM, ML-DSA).</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/about.py" line="68" />
            <source>Dossiers de suivi des jeunes accompagnés par le référent Justice de la Mission Locale, de la détention à la sortie.</source>
            <translation>Case files of the young people supported by the Mission Locale's justice caseworker, from detention to release.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/about.py" line="86" />
            <source>Licence : {licence} (Licence publique de l'Union européenne), texte complet dans le fichier LICENSE.</source>
            <translation>Licence: {licence} (European Union Public Licence), full text in the LICENSE file.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/about.py" line="91" />
            <source>Polices Noto Sans : SIL Open Font License 1.1.</source>
            <translation>Noto Sans fonts: SIL Open Font License 1.1.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/about.py" line="66" />
            <source>Version {version}</source>
            <translation>Version {version}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/about.py" line="36" />
            <source>absent</source>
            <translation>missing</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/about.py" line="23" />
            <source>non installé</source>
            <translation>not installed</translation>
        </message>
    </context>
    <context>
        <name>Éligibilité</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/eligibility.py" line="80" />
            <source>Chaque critère doit avoir un identifiant unique.</source>
            <translation>Each criterion must have a unique identifier.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/eligibility.py" line="167" />
            <source>Commune non renseignée</source>
            <translation>Town not specified</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/eligibility.py" line="88" />
            <source>Critère d'âge incomplet.</source>
            <translation>Incomplete age criterion.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/eligibility.py" line="107" />
            <source>Critère de libération incomplet.</source>
            <translation>Incomplete release criterion.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/eligibility.py" line="105" />
            <source>Critère de résidence incomplet.</source>
            <translation>Incomplete residence criterion.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/eligibility.py" line="97" />
            <source>Critère de statut ou de milieu incomplet.</source>
            <translation>Incomplete status or custody criterion.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/eligibility.py" line="77" />
            <source>Critère de type inconnu.</source>
            <translation>Criterion of unknown type.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/eligibility.py" line="173" />
            <source>Date de libération prévisionnelle inconnue</source>
            <translation>Expected release date unknown</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/eligibility.py" line="146" />
            <source>Date de naissance inconnue</source>
            <translation>Date of birth unknown</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/eligibility.py" line="73" />
            <source>Les règles doivent être une liste de critères.</source>
            <translation>The rules must be a list of criteria.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/eligibility.py" line="169" />
            <source>Libération prévue dans les {mois} mois</source>
            <translation>Release expected within {mois} months</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/eligibility.py" line="162" />
            <source>Non renseigné</source>
            <translation>Not specified</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/eligibility.py" line="109" />
            <source>Question sans libellé.</source>
            <translation>Question without wording.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/eligibility.py" line="187" />
            <source>Question à poser</source>
            <translation>Question to ask</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/eligibility.py" line="71" />
            <source>Règles illisibles.</source>
            <translation>Unreadable rules.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/eligibility.py" line="185" />
            <source>Réponse du référent : non</source>
            <translation>Caseworker's answer: no</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/eligibility.py" line="183" />
            <source>Réponse du référent : oui</source>
            <translation>Caseworker's answer: yes</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/eligibility.py" line="165" />
            <source>Réside dans le territoire du dispositif</source>
            <translation>Lives in the programme's area</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/eligibility.py" line="150" />
            <source>{age} ans au {date}</source>
            <translation>{age} years old on {date}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/eligibility.py" line="156" />
            <source>{quoi} : {valeurs}</source>
            <translation>{quoi}: {valeurs}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/eligibility.py" line="144" />
            <source>Âge entre {min} et {max} ans</source>
            <translation>Age between {min} and {max}</translation>
        </message>
    </context>
    <context>
        <name>CaseFilePage</name>
        <message>
            <source>L'impression du récapitulatif sera bientôt disponible.</source>
            <translation type="vanished">Printing the summary will be available soon.</translation>
        </message>
    </context>
    <context>
        <name>CsvImport</name>
        <message>
            <source>jj/mm/aaaa, jj-mm-aaaa ou aaaa-mm-jj ; âge de 13 à 30 ans</source>
            <translation type="vanished">dd/mm/yyyy, dd-mm-yyyy or yyyy-mm-dd; aged 13 to 30</translation>
        </message>
    </context>
    <context>
        <name>DashboardView</name>
        <message>
            <source>Joindre la liste nominative (aucun masquage)</source>
            <translation type="vanished">Attach the list of names (no masking)</translation>
        </message>
    </context>
    <context>
        <name>DashboardView</name>
        <message>
            <source>Le fichier contiendra les noms des jeunes et tous les effectifs, même inférieurs à 5. La demande est inscrite au journal d'accès. Ne le transmettez pas hors de la Mission Locale.</source>
            <translation type="vanished">The file will contain the young people's names and every count, even below 5. The request is recorded in the access log. Do not send it outside the Mission Locale.</translation>
        </message>
    </context>
    <context>
        <name>DashboardView</name>
        <message>
            <source>Le rapport d'activité a été enregistré :
{chemin}</source>
            <translation type="vanished">The activity report was saved:
{chemin}</translation>
        </message>
    </context>
    <context>
        <name>DashboardView</name>
        <message>
            <source>Les effectifs de 1 à 4 sont masqués dans le fichier (secret statistique) ; les définitions figurent en annexe du rapport.</source>
            <translation type="vanished">Counts from 1 to 4 are masked in the file (statistical confidentiality); definitions are in the report's appendix.</translation>
        </message>
    </context>
    <context>
        <name>DashboardView</name>
        <message>
            <source>Rapport enregistré : {chemin}</source>
            <translation type="vanished">Report saved: {chemin}</translation>
        </message>
    </context>
    <context>
        <name>DemoBuilder</name>
        <message>
            <source>Dedans-Dehors — démonstration</source>
            <translation type="vanished">Dedans-Dehors — demonstration</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <source>impossible de lire le fichier « {fichier} ».</source>
            <translation type="vanished">cannot read the file “{fichier}”.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Dedans-Dehors</source>
            <translation type="vanished">Dedans-Dehors</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Dedans-Dehors — verrouillé</source>
            <translation type="vanished">Dedans-Dehors — locked</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Dedans-Dehors — {structure} ({role})</source>
            <translation type="vanished">Dedans-Dehors — {structure} ({role})</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Sauvegarder</source>
            <translation type="vanished">Back up</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Synchronisation : bientôt disponible.</source>
            <translation type="vanished">Synchronisation: available soon.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Tableau de bord : bientôt disponible.</source>
            <translation type="vanished">Dashboard: available soon.</translation>
        </message>
    </context>
    <context>
        <name>Rapport d'activité</name>
        <message>
            <source>Accordé : étape « Accordé » ou « Terminé ».</source>
            <translation type="vanished">Granted: stage “Granted” or “Completed”.</translation>
        </message>
    </context>
    <context>
        <name>Rapport d'activité</name>
        <message>
            <source>Aménagements de peine accordés, par type</source>
            <translation type="vanished">Sentence adjustments granted, by type</translation>
        </message>
    </context>
    <context>
        <name>Rapport d'activité</name>
        <message>
            <source>Aménagements de peine préparés, par type</source>
            <translation type="vanished">Sentence adjustments prepared, by type</translation>
        </message>
    </context>
    <context>
        <name>Rapport d'activité</name>
        <message>
            <source>Année d'entrée dans le dispositif (première entrée)</source>
            <translation type="vanished">Year of entry into the scheme (first entry)</translation>
        </message>
    </context>
    <context>
        <name>Rapport d'activité</name>
        <message>
            <source>CONFIDENTIEL : liste nominative</source>
            <translation type="vanished">CONFIDENTIAL: list of names</translation>
        </message>
    </context>
    <context>
        <name>Rapport d'activité</name>
        <message>
            <source>Contacts (entretiens et démarches réalisés)</source>
            <translation type="vanished">Contacts (interviews and steps carried out)</translation>
        </message>
    </context>
    <context>
        <name>Rapport d'activité</name>
        <message>
            <source>Contacts intra-muros et hors les murs</source>
            <translation type="vanished">Contacts inside and outside prison</translation>
        </message>
    </context>
    <context>
        <name>Rapport d'activité</name>
        <message>
            <source>Contacts par année</source>
            <translation type="vanished">Contacts per year</translation>
        </message>
    </context>
    <context>
        <name>Rapport d'activité</name>
        <message>
            <source>Contacts par mois</source>
            <translation type="vanished">Contacts per month</translation>
        </message>
    </context>
    <context>
        <name>Rapport d'activité</name>
        <message>
            <source>Contacts par thème</source>
            <translation type="vanished">Contacts by theme</translation>
        </message>
    </context>
    <context>
        <name>Rapport d'activité</name>
        <message>
            <source>Contacts par type</source>
            <translation type="vanished">Contacts by type</translation>
        </message>
    </context>
    <context>
        <name>Rapport d'activité</name>
        <message>
            <source>Dans les fichiers qui sortent de la Mission Locale, un effectif de 1 à {max} est remplacé par « &lt; {seuil} ». Pour qu'il ne puisse pas être retrouvé par différence, chaque somme publiée (le total d'un tableau et ses lignes, un sous-total et son détail, la colonne « Ensemble » et les deux colonnes de la répartition) comporte soit aucune valeur masquée, soit au moins deux : lorsqu'une seule l'est, la plus petite autre ligne non nulle de la somme est masquée à son tour (« s »), jusqu'à ce que toutes les sommes respectent la règle. Un pourcentage est masqué quand son effectif ou son dénominateur l'est ; une moyenne ou une médiane calculée sur moins de {seuil} observations aussi. La liste nominative, qui lève le masquage, n'est produite qu'à la demande explicite de l'utilisateur et cette demande est inscrite au journal d'accès.</source>
            <translation type="vanished">In the files that leave the Mission Locale, a count from 1 to {max} is replaced by “&lt; {seuil}”. So that it cannot be recovered by difference, each published sum (the total of a table and its lines, a subtotal and its detail, the “All” column and the two columns of the split) has either no masked value or at least two: when only one is masked, the smallest other non-zero line of the sum is masked in turn (“s”), until every sum follows the rule. A percentage is masked when its count or its denominator is; so is a mean or a median computed on fewer than {seuil} observations. The list of names, which lifts the masking, is produced only at the explicit request of the user, and this request is written to the access log.</translation>
        </message>
    </context>
    <context>
        <name>Rapport d'activité</name>
        <message>
            <source>Délai entre le positionnement et le premier entretien</source>
            <translation type="vanished">Time between the referral and the first interview</translation>
        </message>
    </context>
    <context>
        <name>Rapport d'activité</name>
        <message>
            <source>Délai moyen (jours)</source>
            <translation type="vanished">Mean time (days)</translation>
        </message>
    </context>
    <context>
        <name>Rapport d'activité</name>
        <message>
            <source>Délai médian (jours)</source>
            <translation type="vanished">Median time (days)</translation>
        </message>
    </context>
    <context>
        <name>Rapport d'activité</name>
        <message>
            <source>Entrées en accompagnement</source>
            <translation type="vanished">Entries into support</translation>
        </message>
    </context>
    <context>
        <name>Rapport d'activité</name>
        <message>
            <source>Entrées en situation (emploi, formation, immersion, autre)</source>
            <translation type="vanished">Entries into a situation (employment, training, work placement, other)</translation>
        </message>
    </context>
    <context>
        <name>Rapport d'activité</name>
        <message>
            <source>Hors les murs</source>
            <translation type="vanished">Outside prison</translation>
        </message>
    </context>
    <context>
        <name>Rapport d'activité</name>
        <message>
            <source>Intra-muros (en détention)</source>
            <translation type="vanished">Inside prison (in custody)</translation>
        </message>
    </context>
    <context>
        <name>Rapport d'activité</name>
        <message>
            <source>Jeunes ayant au moins une entrée en situation</source>
            <translation type="vanished">Young people with at least one entry into a situation</translation>
        </message>
    </context>
    <context>
        <name>Rapport d'activité</name>
        <message>
            <source>Jeunes dont une réincarcération est connue</source>
            <translation type="vanished">Young people with a known reimprisonment</translation>
        </message>
    </context>
    <context>
        <name>Rapport d'activité</name>
        <message>
            <source>Jeunes sortis d'accompagnement</source>
            <translation type="vanished">Young people who left support</translation>
        </message>
    </context>
    <context>
        <name>Rapport d'activité</name>
        <message>
            <source>Jeunes suivis (file active : au moins un contact)</source>
            <translation type="vanished">Young people followed (active caseload: at least one contact)</translation>
        </message>
    </context>
    <context>
        <name>Rapport d'activité</name>
        <message>
            <source>Jeunes, entrées, sorties et contacts</source>
            <translation type="vanished">Young people, entries, exits and contacts</translation>
        </message>
    </context>
    <context>
        <name>Rapport d'activité</name>
        <message>
            <source>La Mission Locale ne connaît que les réincarcérations qui lui sont signalées ; un jeune peut figurer dans les deux lignes « dont ».</source>
            <translation type="vanished">The Mission Locale only knows of the reimprisonments reported to it; a young person may appear in both “of which” lines.</translation>
        </message>
    </context>
    <context>
        <name>Rapport d'activité</name>
        <message>
            <source>Les jeunes vus dans les 7 jours sont aussi comptés dans les 30 jours.</source>
            <translation type="vanished">The young people seen within 7 days are also counted within 30 days.</translation>
        </message>
    </context>
    <context>
        <name>Rapport d'activité</name>
        <message>
            <source>Levées d'écrou dans la période (jeunes suivis ou accompagnés)</source>
            <translation type="vanished">Releases in the period (young people followed or supported)</translation>
        </message>
    </context>
    <context>
        <name>Rapport d'activité</name>
        <message>
            <source>Levées d'écrou de jeunes suivis ou accompagnés</source>
            <translation type="vanished">Releases of young people followed or supported</translation>
        </message>
    </context>
    <context>
        <name>Rapport d'activité</name>
        <message>
            <source>Lieu non renseigné</source>
            <translation type="vanished">Place not given</translation>
        </message>
    </context>
    <context>
        <name>Rapport d'activité</name>
        <message>
            <source>Moyenne et médiane calculées sur les positionnements suivis d'un premier entretien.</source>
            <translation type="vanished">Mean and median computed on the referrals followed by a first interview.</translation>
        </message>
    </context>
    <context>
        <name>Rapport d'activité</name>
        <message>
            <source>Nombre de contacts par jeune suivi</source>
            <translation type="vanished">Number of contacts per young person followed</translation>
        </message>
    </context>
    <context>
        <name>Rapport d'activité</name>
        <message>
            <source>Nombre moyen de contacts par jeune</source>
            <translation type="vanished">Mean number of contacts per young person</translation>
        </message>
    </context>
    <context>
        <name>Rapport d'activité</name>
        <message>
            <source>Nombre médian de contacts par jeune</source>
            <translation type="vanished">Median number of contacts per young person</translation>
        </message>
    </context>
    <context>
        <name>Rapport d'activité</name>
        <message>
            <source>Non</source>
            <translation type="vanished">No</translation>
        </message>
    </context>
    <context>
        <name>Rapport d'activité</name>
        <message>
            <source>Non renseigné</source>
            <translation type="vanished">Not given</translation>
        </message>
    </context>
    <context>
        <name>Rapport d'activité</name>
        <message>
            <source>Nouveaux entrants (jeunes entrés en accompagnement)</source>
            <translation type="vanished">New entrants (young people who entered support)</translation>
        </message>
    </context>
    <context>
        <name>Rapport d'activité</name>
        <message>
            <source>Oui</source>
            <translation type="vanished">Yes</translation>
        </message>
    </context>
    <context>
        <name>Rapport d'activité</name>
        <message>
            <source>Pas encore de premier entretien</source>
            <translation type="vanished">No first interview yet</translation>
        </message>
    </context>
    <context>
        <name>Rapport d'activité</name>
        <message>
            <source>Pas vus hors les murs dans les {n} jours</source>
            <translation type="vanished">Not seen outside prison within {n} days</translation>
        </message>
    </context>
    <context>
        <name>Rapport d'activité</name>
        <message>
            <source>Positionnements reçus dans la période</source>
            <translation type="vanished">Referrals received in the period</translation>
        </message>
    </context>
    <context>
        <name>Rapport d'activité</name>
        <message>
            <source>Sans accompagnement enregistré</source>
            <translation type="vanished">No support recorded</translation>
        </message>
    </context>
    <context>
        <name>Rapport d'activité</name>
        <message>
            <source>Sans thème renseigné</source>
            <translation type="vanished">No theme given</translation>
        </message>
    </context>
    <context>
        <name>Rapport d'activité</name>
        <message>
            <source>Sans établissement renseigné (milieu ouvert)</source>
            <translation type="vanished">No establishment given (community)</translation>
        </message>
    </context>
    <context>
        <name>Rapport d'activité</name>
        <message>
            <source>Sorties d'accompagnement par motif</source>
            <translation type="vanished">Exits from support by reason</translation>
        </message>
    </context>
    <context>
        <name>Rapport d'activité</name>
        <message>
            <source>Sorties de détention par type (dont sorties sèches)</source>
            <translation type="vanished">Releases from prison by type (including releases without adjustment)</translation>
        </message>
    </context>
    <context>
        <name>Rapport d'activité</name>
        <message>
            <source>Total des aménagements accordés</source>
            <translation type="vanished">Total of adjustments granted</translation>
        </message>
    </context>
    <context>
        <name>Rapport d'activité</name>
        <message>
            <source>Total des aménagements préparés</source>
            <translation type="vanished">Total of adjustments prepared</translation>
        </message>
    </context>
    <context>
        <name>Rapport d'activité</name>
        <message>
            <source>Total des contacts</source>
            <translation type="vanished">Total of contacts</translation>
        </message>
    </context>
    <context>
        <name>Rapport d'activité</name>
        <message>
            <source>Total des entrées en situation</source>
            <translation type="vanished">Total of entries into a situation</translation>
        </message>
    </context>
    <context>
        <name>Rapport d'activité</name>
        <message>
            <source>Total des jeunes suivis</source>
            <translation type="vanished">Total of young people followed</translation>
        </message>
    </context>
    <context>
        <name>Rapport d'activité</name>
        <message>
            <source>Total des levées d'écrou</source>
            <translation type="vanished">Total of releases</translation>
        </message>
    </context>
    <context>
        <name>Rapport d'activité</name>
        <message>
            <source>Total des sorties d'accompagnement</source>
            <translation type="vanished">Total of exits from support</translation>
        </message>
    </context>
    <context>
        <name>Rapport d'activité</name>
        <message>
            <source>Type non renseigné</source>
            <translation type="vanished">Type not given</translation>
        </message>
    </context>
    <context>
        <name>Rapport d'activité</name>
        <message>
            <source>Un contact peut porter sur plusieurs thèmes : les lignes ne s'additionnent pas ; les pourcentages sont rapportés au total des contacts.</source>
            <translation type="vanished">A contact may cover several themes: the lines do not add up; the percentages are of the total of contacts.</translation>
        </message>
    </context>
    <context>
        <name>Rapport d'activité</name>
        <message>
            <source>Un jeune entré deux fois dans la période compte pour un nouvel entrant et pour deux entrées.</source>
            <translation type="vanished">A young person who entered twice in the period counts as one new entrant and as two entries.</translation>
        </message>
    </context>
    <context>
        <name>Rapport d'activité</name>
        <message>
            <source>Une entrée est une situation commencée dans la période (hors situations seulement prévues). Les pourcentages sont rapportés au total des entrées.</source>
            <translation type="vanished">An entry is a situation started in the period (excluding situations only planned). The percentages are of the total of entries.</translation>
        </message>
    </context>
    <context>
        <name>Rapport d'activité</name>
        <message>
            <source>Vus hors les murs dans les {n} jours</source>
            <translation type="vanished">Seen outside prison within {n} days</translation>
        </message>
    </context>
    <context>
        <name>Rapport d'activité</name>
        <message>
            <source>aménagements</source>
            <translation type="vanished">adjustments</translation>
        </message>
    </context>
    <context>
        <name>Rapport d'activité</name>
        <message>
            <source>contacts</source>
            <translation type="vanished">contacts</translation>
        </message>
    </context>
    <context>
        <name>Rapport d'activité</name>
        <message>
            <source>dont : situation « Incarcération » commencée dans la période</source>
            <translation type="vanished">of which: “Imprisonment” situation started in the period</translation>
        </message>
    </context>
    <context>
        <name>Rapport d'activité</name>
        <message>
            <source>dont : sortie d'accompagnement pour réincarcération</source>
            <translation type="vanished">of which: exit from support for reimprisonment</translation>
        </message>
    </context>
    <context>
        <name>Rapport d'activité</name>
        <message>
            <source>dont femmes (jeunes suivis)</source>
            <translation type="vanished">of whom women (young people followed)</translation>
        </message>
    </context>
    <context>
        <name>Rapport d'activité</name>
        <message>
            <source>dont résidents QPV (jeunes suivis)</source>
            <translation type="vanished">of whom QPV residents (young people followed)</translation>
        </message>
    </context>
    <context>
        <name>Rapport d'activité</name>
        <message>
            <source>effectifs</source>
            <translation type="vanished">counts</translation>
        </message>
    </context>
    <context>
        <name>Rapport d'activité</name>
        <message>
            <source>entrées</source>
            <translation type="vanished">entries</translation>
        </message>
    </context>
    <context>
        <name>Rapport d'activité</name>
        <message>
            <source>jeunes</source>
            <translation type="vanished">young people</translation>
        </message>
    </context>
    <context>
        <name>Rapport d'activité</name>
        <message>
            <source>jours</source>
            <translation type="vanished">days</translation>
        </message>
    </context>
    <context>
        <name>Rapport d'activité</name>
        <message>
            <source>levées d'écrou</source>
            <translation type="vanished">releases</translation>
        </message>
    </context>
    <context>
        <name>Rapport d'activité</name>
        <message>
            <source>positionnements</source>
            <translation type="vanished">referrals</translation>
        </message>
    </context>
    <context>
        <name>Rapport d'activité</name>
        <message>
            <source>sorties</source>
            <translation type="vanished">exits</translation>
        </message>
    </context>
    <context>
        <name>Rapport d'activité</name>
        <message>
            <source>« &lt; 5 » : effectif de 1 à 4, masqué (secret statistique). « s » : valeur masquée pour qu'un effectif « &lt; 5 » ne puisse pas être retrouvé par différence. Les pourcentages correspondants sont masqués.</source>
            <translation type="vanished">“&lt; 5”: count from 1 to 4, masked (statistical confidentiality). “s”: value masked so that a “&lt; 5” count cannot be recovered by difference. The matching percentages are masked.</translation>
        </message>
    </context>
    <context>
        <name>Rapport d'activité</name>
        <message>
            <source>Établissement pénitentiaire (suivi judiciaire le plus récent)</source>
            <translation type="vanished">Prison (most recent justice record)</translation>
        </message>
    </context>
    <context>
        <name>Récapitulatif</name>
        <message>
            <source>à ta sortie</source>
            <translation type="vanished">when you are released</translation>
        </message>
    </context>
    <context>
        <name>Récapitulatif</name>
        <message>
            <source>à votre sortie</source>
            <translation type="vanished">when you are released</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Avertissement sur la note d'entretien :</source>
            <translation type="vanished">Warning on the interview note:</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Mots qui déclenchent l'avertissement de la note</source>
            <translation type="vanished">Words that trigger the note warning</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Un mot ou une expression par ligne ; « * » à la fin pour tous les mots qui commencent ainsi. Liste vide : liste par défaut.</source>
            <translation type="vanished">One word or phrase per line; “*” at the end for every word starting that way. Empty list: default list.</translation>
        </message>
    </context>
    <context>
        <name>SetupWizard</name>
        <message>
            <source>Dedans-Dehors — première utilisation</source>
            <translation type="vanished">Dedans-Dehors — first use</translation>
        </message>
    </context>
    <context>
        <name>SyncView</name>
        <message>
            <source>Révoquer « {poste} » ? Tous ses paquets seront refusés, y compris ceux qui n'ont pas encore été importés.</source>
            <translation type="vanished">Revoke “{poste}”? All its bundles will be refused, including those not imported yet.</translation>
        </message>
    </context>
    <context>
        <name>UnlockPage</name>
        <message>
            <source>Base de démonstration (données fictives, effacées à la fermeture). Phrase de passe :</source>
            <translation type="vanished">Demonstration database (fictitious data, erased on closing). Passphrase:</translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <source>« {champ} » : l'âge calculé ({age} ans) doit être entre {lo} et {hi} ans.</source>
            <translation type="vanished">“{champ}”: the computed age ({age}) must be between {lo} and {hi}.</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <source>L'impression du récapitulatif sera bientôt disponible.</source>
            <translation type="vanished">Printing the summary will be available soon.</translation>
        </message>
    </context>
    <context>
        <name>YouthListPage</name>
        <message>
            <source>1 jeune</source>
            <translation type="vanished">1 young person</translation>
        </message>
    </context>
</TS>
