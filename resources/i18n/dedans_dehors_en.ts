<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
    <context>
        <name>ActionRow</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/interview.py" line="80" />
            <source>Action à faire</source>
            <translation>Action to take</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/interview.py" line="75" />
            <source>Qui fait l'action</source>
            <translation>Who takes the action</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/interview.py" line="79" />
            <source>Quoi (ex. : rassembler les pièces d'identité)</source>
            <translation>What (e.g. gather the identity documents)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/interview.py" line="84" />
            <location filename="../../src/dedans_dehors_desktop/gui/interview.py" line="85" />
            <source>Retirer cette action</source>
            <translation>Remove this action</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/interview.py" line="82" />
            <source>Échéance de l'action</source>
            <translation>Deadline of the action</translation>
        </message>
    </context>
    <context>
        <name>Affichage</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/formatting.py" line="108" />
            <source>(données structurées)</source>
            <translation>(structured data)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/formatting.py" line="106" />
            <source>(fiche supprimée ou inconnue)</source>
            <translation>(deleted or unknown record)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/formatting.py" line="77" />
            <source>Non</source>
            <translation>No</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/formatting.py" line="77" />
            <source>Oui</source>
            <translation>Yes</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/formatting.py" line="60" />
            <source>aujourd'hui</source>
            <translation>today</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/formatting.py" line="61" />
            <source>{jour} à {heure}</source>
            <translation>{jour} at {heure}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/formatting.py" line="49" />
            <source>{n} ans</source>
            <translation>{n} years old</translation>
        </message>
    </context>
    <context>
        <name>AppointmentModel</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/permanence.py" line="45" />
            <source>Heure</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/permanence.py" line="45" />
            <source>Nom</source>
            <translation>Last name</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/permanence.py" line="46" />
            <source>Prénoms</source>
            <translation>First names</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/permanence.py" line="47" />
            <source>Présence</source>
            <translation>Attendance</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/permanence.py" line="46" />
            <source>Type</source>
            <translation>Type</translation>
        </message>
    </context>
    <context>
        <name>ApproveDialog</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/sync_view.py" line="185" />
            <source>Empreinte du bureau :</source>
            <translation>Office fingerprint:</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/sync_view.py" line="182" />
            <source>Empreinte du poste :</source>
            <translation>Computer fingerprint:</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/sync_view.py" line="198" />
            <source>Inscrire et écrire la réponse</source>
            <translation>Enrol and write the reply</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/sync_view.py" line="175" />
            <source>Inscrire un poste</source>
            <translation>Enrol a computer</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/sync_view.py" line="191" />
            <source>J'ai vérifié que l'écran du poste affiche la même empreinte</source>
            <translation>I checked that the computer's screen shows the same fingerprint</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/sync_view.py" line="188" />
            <source>Nom du poste :</source>
            <translation>Computer name:</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/sync_view.py" line="190" />
            <source>Périmètre :</source>
            <translation>Scope:</translation>
        </message>
    </context>
    <context>
        <name>Autocontrôle</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/app_selftest.py" line="290" />
            <source>Autocontrôle de {app} {version}</source>
            <translation>Self-test of {app} {version}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/app_selftest.py" line="299" />
            <source>Autocontrôle en échec : {n} vérification(s) sur {total}.</source>
            <translation>Self-test failed: {n} check(s) out of {total}.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/app_selftest.py" line="305" />
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
            <location filename="../../src/dedans_dehors_desktop/app_selftest.py" line="125" />
            <source>aucun fichier .qm dans {dossier} (lancez scripts/build_translations.py)</source>
            <translation>no .qm file in {dossier} (run scripts/build_translations.py)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/app_selftest.py" line="201" />
            <location filename="../../src/dedans_dehors_desktop/app_selftest.py" line="272" />
            <source>base chiffrée (création, écriture, réouverture)</source>
            <translation>encrypted database (creation, writing, reopening)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/app_selftest.py" line="88" />
            <source>caractères absents de {police} : {car}</source>
            <translation>characters missing from {police}: {car}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/app_selftest.py" line="51" />
            <source>chiffrement post-quantique (ML-KEM, ML-DSA)</source>
            <translation>post-quantum cryptography (ML-KEM, ML-DSA)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/app_selftest.py" line="186" />
            <location filename="../../src/dedans_dehors_desktop/app_selftest.py" line="271" />
            <source>commandes de la ligne de commande</source>
            <translation>command-line commands</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/app_selftest.py" line="265" />
            <source>contrôles de sécurité</source>
            <translation>security checks</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/app_selftest.py" line="247" />
            <source>créée, écrite, rouverte et vérifiée en {duree} s</source>
            <translation>created, written, reopened and checked in {duree} s</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/app_selftest.py" line="241" />
            <source>dossier temporaire non supprimé : {dossier}</source>
            <translation>temporary folder not deleted: {dossier}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/app_selftest.py" line="52" />
            <source>dérivation de clé (Argon2id)</source>
            <translation>key derivation (Argon2id)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/app_selftest.py" line="165" />
            <location filename="../../src/dedans_dehors_desktop/app_selftest.py" line="267" />
            <source>fichiers de l'application</source>
            <translation>application files</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/app_selftest.py" line="139" />
            <source>illisible(s) : {fichiers}</source>
            <translation>unreadable: {fichiers}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/app_selftest.py" line="232" />
            <source>la fiche écrite n'a pas été relue</source>
            <translation>the written record could not be read back</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/app_selftest.py" line="102" />
            <source>la police n'est pas incorporée au PDF</source>
            <translation>the font is not embedded in the PDF</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/app_selftest.py" line="177" />
            <source>manquants : {fichiers}</source>
            <translation>missing: {fichiers}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/app_selftest.py" line="191" />
            <source>modules introuvables</source>
            <translation>modules not found</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/app_selftest.py" line="79" />
            <location filename="../../src/dedans_dehors_desktop/app_selftest.py" line="268" />
            <source>polices des documents imprimés</source>
            <translation>fonts of printed documents</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/app_selftest.py" line="155" />
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
            <location filename="../../src/dedans_dehors_desktop/app_selftest.py" line="266" />
            <source>suite de chiffrement des échanges</source>
            <translation>cipher suite of the exchanges</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/app_selftest.py" line="148" />
            <location filename="../../src/dedans_dehors_desktop/app_selftest.py" line="270" />
            <source>traductions de Qt (boutons standard)</source>
            <translation>Qt translations (standard buttons)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/app_selftest.py" line="118" />
            <location filename="../../src/dedans_dehors_desktop/app_selftest.py" line="269" />
            <source>traductions de l'interface</source>
            <translation>interface translations</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/app_selftest.py" line="106" />
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
        <name>CaseFilePage</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/case_file.py" line="199" />
            <source>Accompagnement</source>
            <translation>Support</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/case_file.py" line="357" />
            <source>Accompagnements</source>
            <translation>Support programmes</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/case_file.py" line="368" />
            <source>Actions</source>
            <translation>Actions</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/case_file.py" line="200" />
            <location filename="../../src/dedans_dehors_desktop/gui/case_file.py" line="391" />
            <source>Actualités</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/case_file.py" line="73" />
            <source>Ajouter</source>
            <translation>Add</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/case_file.py" line="75" />
            <source>Ajouter : {quoi}</source>
            <translation>Add: {quoi}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/case_file.py" line="393" />
            <source>Ajouter un contact ou un rendez-vous</source>
            <translation>Add a contact or an appointment</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/case_file.py" line="201" />
            <source>Aménagements</source>
            <translation>Sentence adjustments</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/case_file.py" line="383" />
            <source>Aménagements de peine</source>
            <translation>Sentence adjustments</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/case_file.py" line="438" />
            <source>Après</source>
            <translation>After</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/case_file.py" line="113" />
            <source>Aucune fiche pour l'instant.</source>
            <translation>No record yet.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/case_file.py" line="438" />
            <source>Avant</source>
            <translation>Before</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/case_file.py" line="437" />
            <source>Champ</source>
            <translation>Field</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/case_file.py" line="201" />
            <location filename="../../src/dedans_dehors_desktop/gui/case_file.py" line="251" />
            <source>Consentements</source>
            <translation>Consents</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/case_file.py" line="437" />
            <source>Fiche</source>
            <translation>Record</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/case_file.py" line="399" />
            <source>Fil des actualités</source>
            <translation>Timeline of contacts</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/case_file.py" line="366" />
            <source>Freins</source>
            <translation>Barriers</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/case_file.py" line="201" />
            <source>Historique</source>
            <translation>History</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/case_file.py" line="435" />
            <source>Historique des modifications</source>
            <translation>History of changes</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/case_file.py" line="199" />
            <source>Identité</source>
            <translation>Identity</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/case_file.py" line="306" />
            <source>Identité et contact</source>
            <translation>Identity and contact details</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/case_file.py" line="165" />
            <source>Imprimer le récapitulatif</source>
            <translation>Print the summary</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/case_file.py" line="505" />
            <source>L'impression du récapitulatif sera bientôt disponible.</source>
            <translation>Printing the summary will be available soon.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/case_file.py" line="150" />
            <source>Liste</source>
            <translation>List</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/case_file.py" line="243" />
            <source>Mineur·e</source>
            <translation>Minor</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/case_file.py" line="378" />
            <source>Mode parloir : les aménagements de peine sont masqués.</source>
            <translation>Visiting-room mode: sentence adjustments are hidden.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/case_file.py" line="338" />
            <source>Mode parloir : les informations judiciaires sont masquées.</source>
            <translation>Visiting-room mode: justice information is hidden.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/case_file.py" line="308" />
            <source>Modifier l'identité</source>
            <translation>Edit identity</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/case_file.py" line="320" />
            <source>Modifier le profil</source>
            <translation>Edit profile</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/case_file.py" line="161" />
            <source>Nouvel entretien</source>
            <translation>New interview</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/case_file.py" line="163" />
            <source>Nouvel entretien (Ctrl+N)</source>
            <translation>New interview (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/case_file.py" line="367" />
            <source>Objectifs</source>
            <translation>Goals</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/case_file.py" line="370" />
            <source>Orientations vers un partenaire</source>
            <translation>Referrals to partners</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/case_file.py" line="200" />
            <source>Parcours</source>
            <translation>Pathway</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/case_file.py" line="354" />
            <source>Positionnements</source>
            <translation>Referrals</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/case_file.py" line="316" />
            <source>Profil socio-professionnel</source>
            <translation>Socio-professional profile</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/case_file.py" line="343" />
            <source>Période en cours</source>
            <translation>Current period</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/case_file.py" line="346" />
            <source>Périodes de suivi</source>
            <translation>Follow-up periods</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/case_file.py" line="437" />
            <source>Quand</source>
            <translation>When</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/case_file.py" line="437" />
            <source>Qui</source>
            <translation>Who</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/case_file.py" line="188" />
            <source>Reprendre l'entretien</source>
            <translation>Resume the interview</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/case_file.py" line="153" />
            <source>Retour à la liste</source>
            <translation>Back to the list</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/case_file.py" line="152" />
            <source>Retour à la liste (Échap)</source>
            <translation>Back to the list (Esc)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/case_file.py" line="167" />
            <source>Récapitulatif à remettre au jeune (Ctrl+P)</source>
            <translation>Summary to hand to the young person (Ctrl+P)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/case_file.py" line="321" />
            <source>Saisir le profil</source>
            <translation>Enter the profile</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/case_file.py" line="200" />
            <location filename="../../src/dedans_dehors_desktop/gui/case_file.py" line="247" />
            <source>Situations</source>
            <translation>Situations</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/case_file.py" line="199" />
            <source>Suivi judiciaire</source>
            <translation>Justice follow-up</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/case_file.py" line="187" />
            <source>Un entretien non enregistré attend dans les brouillons.</source>
            <translation>An unsaved interview is waiting in the drafts.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/case_file.py" line="360" />
            <source>Vérifications d'éligibilité</source>
            <translation>Eligibility checks</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/case_file.py" line="96" />
            <location filename="../../src/dedans_dehors_desktop/gui/case_file.py" line="465" />
            <location filename="../../src/dedans_dehors_desktop/gui/case_file.py" line="467" />
            <source>masqué</source>
            <translation>hidden</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/case_file.py" line="230" />
            <source>né le {date}</source>
            <translation>born on {date}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/case_file.py" line="230" />
            <source>née le {date}</source>
            <translation>born on {date}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/case_file.py" line="231" />
            <source>né·e le {date}</source>
            <translation>born on {date}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/case_file.py" line="232" />
            <source>{age} ans</source>
            <translation>{age} years old</translation>
        </message>
    </context>
    <context>
        <name>Champs</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="275" />
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="147" />
            <source>Adhérent PLIE</source>
            <translation>PLIE member</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="83" />
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="112" />
            <location filename="../../src/dedans_dehors_desktop/reports/summary_select.py" line="111" />
            <source>Adresse</source>
            <translation>Address</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="145" />
            <source>Année de la liste QPV</source>
            <translation>Year of the QPV list</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="170" />
            <source>Antenne SPIP</source>
            <translation>SPIP office</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="336" />
            <source>Apport de la Mission Locale</source>
            <translation>Mission Locale's contribution</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="171" />
            <source>CPIP référent</source>
            <translation>Probation officer (CPIP)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="303" />
            <source>Catégorie</source>
            <translation>Category</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="113" />
            <source>Commune</source>
            <translation>Town</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="81" />
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="172" />
            <source>Contact professionnel du CPIP</source>
            <translation>Probation officer's work contact</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="130" />
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="181" />
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="235" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="148" />
            <source>Date d'adhésion au PLIE</source>
            <translation>PLIE membership date</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="202" />
            <source>Date d'entrée</source>
            <translation>Start date</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="160" />
            <source>Date d'écrou</source>
            <translation>Committal date</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="309" />
            <source>Date de début</source>
            <translation>Start date</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="203" />
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="310" />
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="332" />
            <source>Date de fin</source>
            <translation>End date</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="331" />
            <source>Date de la décision</source>
            <translation>Decision date</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="330" />
            <source>Date de la requête</source>
            <translation>Application date</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="109" />
            <source>Date de naissance</source>
            <translation>Date of birth</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="351" />
            <source>Date de retrait</source>
            <translation>Withdrawal date</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="216" />
            <source>Date de vérification</source>
            <translation>Date checked</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="192" />
            <source>Date du premier entretien</source>
            <translation>Date of first interview</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="137" />
            <source>Diplôme le plus élevé</source>
            <translation>Highest diploma</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="191" />
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="201" />
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="215" />
            <source>Dispositif</source>
            <translation>Programme</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="237" />
            <source>Durée (minutes)</source>
            <translation>Duration (minutes)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="307" />
            <source>Détail</source>
            <translation>Detail</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="111" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="311" />
            <source>Employeur ou organisme</source>
            <translation>Employer or organisation</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="206" />
            <source>Financeurs</source>
            <translation>Funders</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="236" />
            <source>Heure</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="119" />
            <source>Identifiant France Travail</source>
            <translation>France Travail ID</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="141" />
            <source>Inscrit à France Travail</source>
            <translation>Registered with France Travail</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="62" />
            <source>Jeune</source>
            <translation>Young person</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="95" />
            <source>Le nom révèle le contexte judiciaire</source>
            <translation>The name reveals the justice context</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="162" />
            <source>Levée d'écrou effective</source>
            <translation>Actual release from custody</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="161" />
            <source>Libération prévisionnelle</source>
            <translation>Expected release</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="239" />
            <source>Lieu</source>
            <translation>Place</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="138" />
            <source>Logement</source>
            <translation>Housing</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="157" />
            <source>Milieu</source>
            <translation>Setting</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="290" />
            <source>Motif</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="204" />
            <source>Motif de sortie</source>
            <translation>Exit reason</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="134" />
            <source>Niveau de formation atteint</source>
            <translation>Education level reached</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="68" />
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="79" />
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="94" />
            <source>Nom</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="106" />
            <source>Nom d'usage</source>
            <translation>Usual last name</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="105" />
            <source>Nom de naissance</source>
            <translation>Birth name</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="85" />
            <source>Nom sensible (révèle le contexte judiciaire)</source>
            <translation>Sensitive name (reveals the justice context)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="242" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="352" />
            <source>Notice d'information remise le</source>
            <translation>Information notice given on</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="118" />
            <source>N° i-milo</source>
            <translation>i-milo no.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="265" />
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="274" />
            <source>Objectif</source>
            <translation>Goal</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="185" />
            <source>Origine</source>
            <translation>Origin</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="114" />
            <source>Où joindre le jeune</source>
            <translation>Where to reach the young person</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="277" />
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="288" />
            <source>Partenaire</source>
            <translation>Partner</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="116" />
            <source>Pas de téléphone</source>
            <translation>No phone</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="312" />
            <source>Pendant la détention</source>
            <translation>During detention</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="142" />
            <source>Permis de conduire</source>
            <translation>Driving licence</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="348" />
            <source>Portée</source>
            <translation>Scope</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="189" />
            <source>Prescripteur</source>
            <translation>Referred by</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="107" />
            <source>Prénoms</source>
            <translation>First names</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="240" />
            <source>Présence</source>
            <translation>Attendance</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="278" />
            <source>Qui le fait</source>
            <translation>Who does it</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="139" />
            <source>RQTH</source>
            <translation>RQTH (disability recognition)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="350" />
            <source>Recueilli</source>
            <translation>Given</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="117" />
            <source>Refuse les SMS</source>
            <translation>Refuses text messages</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="115" />
            <source>Représentant légal (mineur)</source>
            <translation>Legal guardian (minor)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="140" />
            <source>Ressources</source>
            <translation>Income</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="96" />
            <source>Règles d'éligibilité</source>
            <translation>Eligibility rules</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="120" />
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="205" />
            <source>Référent</source>
            <translation>Caseworker</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="226" />
            <source>Réponses aux critères</source>
            <translation>Answers to the criteria</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="143" />
            <source>Réside en QPV</source>
            <translation>Lives in a priority area (QPV)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="221" />
            <source>Résultat</source>
            <translation>Result</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="108" />
            <source>Sexe</source>
            <translation>Sex</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="254" />
            <source>Situation</source>
            <translation>Situation</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="158" />
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="190" />
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="255" />
            <source>Statut</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="253" />
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="264" />
            <source>Thème</source>
            <translation>Theme</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="241" />
            <source>Thèmes</source>
            <translation>Themes</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="69" />
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="80" />
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="238" />
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="166" />
            <source>Type de sortie</source>
            <translation>Type of release</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="82" />
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="110" />
            <location filename="../../src/dedans_dehors_desktop/reports/summary_select.py" line="115" />
            <source>Téléphone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="70" />
            <source>Ville</source>
            <translation>Town</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="217" />
            <source>Vérifiée par</source>
            <translation>Checked by</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="276" />
            <source>Échéance</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="159" />
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="243" />
            <source>Établissement</source>
            <translation>Establishment</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="329" />
            <source>Étape</source>
            <translation>Stage</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="308" />
            <source>État</source>
            <translation>State</translation>
        </message>
    </context>
    <context>
        <name>CreationPage</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/setup_wizard.py" line="158" />
            <source>Création de la base chiffrée</source>
            <translation>Creating the encrypted database</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/setup_wizard.py" line="186" />
            <source>La base est prête. Cliquez sur « Terminer » pour commencer.</source>
            <translation>The database is ready. Click “Finish” to start.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/setup_wizard.py" line="192" />
            <source>Revenez en arrière pour corriger.</source>
            <translation>Go back to correct it.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/setup_wizard.py" line="179" />
            <source>Réglage de la protection (environ une seconde)…</source>
            <translation>Tuning the protection (about a second)…</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/setup_wizard.py" line="159" />
            <source>Réglage de la protection pour cet ordinateur, puis création.</source>
            <translation>Tuning the protection for this computer, then creating.</translation>
        </message>
    </context>
    <context>
        <name>DashboardView</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dashboard.py" line="243" />
            <source>18-21 ans</source>
            <translation>18-21</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dashboard.py" line="244" />
            <source>22-25 ans</source>
            <translation>22-25</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dashboard.py" line="244" />
            <source>26 ans +</source>
            <translation>26 and over</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dashboard.py" line="139" />
            <source>Actualiser</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dashboard.py" line="208" />
            <source>Année {annee}, du 1er janvier au {jour}</source>
            <translation>Year {annee}, from 1 January to {jour}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dashboard.py" line="328" />
            <source>CSV</source>
            <translation>CSV</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dashboard.py" line="210" />
            <source>Calcul en cours…</source>
            <translation>Computing…</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dashboard.py" line="233" />
            <source>Calcul impossible</source>
            <translation>Cannot compute</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dashboard.py" line="156" />
            <source>Contacts intra-muros et hors les murs</source>
            <translation>Contacts inside and outside prison</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dashboard.py" line="155" />
            <source>Contacts par mois</source>
            <translation>Contacts per month</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dashboard.py" line="324" />
            <source>Dispositif {nom} / hors {nom}</source>
            <translation>Programme {nom} / outside {nom}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dashboard.py" line="344" />
            <source>Du</source>
            <translation>From</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dashboard.py" line="380" />
            <source>Enregistrer le rapport d'activité</source>
            <translation>Save the activity report</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dashboard.py" line="158" />
            <source>Entrées en situation par catégorie</source>
            <translation>Entries into a situation by category</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dashboard.py" line="402" />
            <source>Export en cours…</source>
            <translation>Exporting…</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dashboard.py" line="338" />
            <source>Exporter le rapport…</source>
            <translation>Export the report…</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dashboard.py" line="381" />
            <source>Fichier {format} (*.{ext})</source>
            <translation>{format} file (*.{ext})</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dashboard.py" line="317" />
            <source>Financement {nom} / hors {nom}</source>
            <translation>Funding {nom} / outside {nom}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dashboard.py" line="352" />
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dashboard.py" line="258" />
            <source>Hors les murs</source>
            <translation>Outside prison</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dashboard.py" line="245" />
            <source>Inconnu</source>
            <translation>Unknown</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dashboard.py" line="256" />
            <source>Intra-muros</source>
            <translation>Inside prison</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dashboard.py" line="157" />
            <source>Jeunes suivis par tranche d'âge</source>
            <translation>Young people followed, by age group</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dashboard.py" line="330" />
            <source>Joindre la liste nominative (aucun masquage)</source>
            <translation>Attach the list of names (no masking)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dashboard.py" line="421" />
            <source>L'export a échoué.</source>
            <translation>The export failed.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dashboard.py" line="331" />
            <source>Le fichier contiendra les noms des jeunes et tous les effectifs, même inférieurs à 5. La demande est inscrite au journal d'accès. Ne le transmettez pas hors de la Mission Locale.</source>
            <translation>The file will contain the young people's names and every count, even below 5. The request is recorded in the access log. Do not send it outside the Mission Locale.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dashboard.py" line="416" />
            <source>Le rapport d'activité a été enregistré :
{chemin}</source>
            <translation>The activity report was saved:
{chemin}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dashboard.py" line="359" />
            <source>Les effectifs de 1 à 4 sont masqués dans le fichier (secret statistique) ; les définitions figurent en annexe du rapport.</source>
            <translation>Counts from 1 to 4 are masked in the file (statistical confidentiality); definitions are in the report's appendix.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dashboard.py" line="243" />
            <source>Mineurs</source>
            <translation>Minors</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dashboard.py" line="327" />
            <source>PDF (avec graphiques)</source>
            <translation>PDF (with charts)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dashboard.py" line="315" />
            <source>PLIE / hors PLIE</source>
            <translation>PLIE / outside PLIE</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dashboard.py" line="350" />
            <source>Période</source>
            <translation>Period</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dashboard.py" line="305" />
            <source>Rapport d'activité pour les financeurs</source>
            <translation>Activity report for funders</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dashboard.py" line="413" />
            <source>Rapport enregistré : {chemin}</source>
            <translation>Report saved: {chemin}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dashboard.py" line="351" />
            <source>Répartition</source>
            <translation>Breakdown</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dashboard.py" line="314" />
            <source>Sans répartition</source>
            <translation>No breakdown</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dashboard.py" line="133" />
            <source>Tableau de bord</source>
            <translation>Dashboard</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dashboard.py" line="180" />
            <source>Tableau de bord masqué en mode parloir.</source>
            <translation>Dashboard hidden in visiting-room mode.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dashboard.py" line="328" />
            <source>Tableur XLSX</source>
            <translation>XLSX spreadsheet</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dashboard.py" line="434" />
            <source>août</source>
            <translation>Aug</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dashboard.py" line="346" />
            <source>au</source>
            <translation>to</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dashboard.py" line="433" />
            <source>avr.</source>
            <translation>Apr</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dashboard.py" line="436" />
            <source>déc.</source>
            <translation>Dec</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dashboard.py" line="432" />
            <source>févr.</source>
            <translation>Feb</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dashboard.py" line="432" />
            <source>janv.</source>
            <translation>Jan</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dashboard.py" line="434" />
            <source>juil.</source>
            <translation>Jul</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dashboard.py" line="434" />
            <source>juin</source>
            <translation>Jun</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dashboard.py" line="433" />
            <source>mai</source>
            <translation>May</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dashboard.py" line="433" />
            <source>mars</source>
            <translation>Mar</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dashboard.py" line="435" />
            <source>nov.</source>
            <translation>Nov</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dashboard.py" line="435" />
            <source>oct.</source>
            <translation>Oct</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dashboard.py" line="435" />
            <source>sept.</source>
            <translation>Sep</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/dashboard.py" line="228" />
            <source>À jour</source>
            <translation>Up to date</translation>
        </message>
    </context>
    <context>
        <name>Dates</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/dates.py" line="0" />
            <source>août</source>
            <translation>August</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/dates.py" line="0" />
            <source>avril</source>
            <translation>April</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/dates.py" line="0" />
            <source>dimanche</source>
            <translation>Sunday</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/dates.py" line="0" />
            <source>décembre</source>
            <translation>December</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/dates.py" line="0" />
            <source>février</source>
            <translation>February</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/dates.py" line="0" />
            <source>janvier</source>
            <translation>January</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/dates.py" line="0" />
            <source>jeudi</source>
            <translation>Thursday</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/dates.py" line="0" />
            <source>juillet</source>
            <translation>July</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/dates.py" line="0" />
            <source>juin</source>
            <translation>June</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/dates.py" line="0" />
            <source>lundi</source>
            <translation>Monday</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/dates.py" line="0" />
            <source>mai</source>
            <translation>May</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/dates.py" line="0" />
            <source>mardi</source>
            <translation>Tuesday</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/dates.py" line="0" />
            <source>mars</source>
            <translation>March</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/dates.py" line="0" />
            <source>mercredi</source>
            <translation>Wednesday</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/dates.py" line="0" />
            <source>novembre</source>
            <translation>November</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/dates.py" line="0" />
            <source>octobre</source>
            <translation>October</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/dates.py" line="0" />
            <source>samedi</source>
            <translation>Saturday</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/dates.py" line="0" />
            <source>septembre</source>
            <translation>September</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/dates.py" line="0" />
            <source>vendredi</source>
            <translation>Friday</translation>
        </message>
    </context>
    <context>
        <name>DemoBuilder</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/demo_session.py" line="93" />
            <source>Dedans-Dehors — démonstration</source>
            <translation>Dedans-Dehors — demonstration</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/demo_session.py" line="95" />
            <source>Préparation d'une base de démonstration (données fictives)…</source>
            <translation>Preparing a demonstration database (fictitious data)…</translation>
        </message>
    </context>
    <context>
        <name>Droit d'accès</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/print_preview.py" line="462" />
            <source>Dossier où écrire l'export</source>
            <translation>Folder to write the export to</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/print_preview.py" line="477" />
            <source>Droit d'accès (RGPD)</source>
            <translation>Right of access (GDPR)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/print_preview.py" line="485" />
            <source>L'export a été écrit :
{pdf}
{json}

Ces fichiers contiennent EN CLAIR toutes les données du jeune, notes et informations judiciaires comprises. Remettez-les à la personne de façon sécurisée, puis supprimez-les de ce poste.</source>
            <translation>The export was written:
{pdf}
{json}

These files contain ALL the young person's data UNENCRYPTED, including notes and justice information. Hand them to the person securely, then delete them from this computer.</translation>
        </message>
    </context>
    <context>
        <name>EligibilityPage</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/referral.py" line="138" />
            <source>Aucun dispositif choisi.</source>
            <translation>No programme chosen.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/referral.py" line="193" />
            <source>Ce dispositif n'a pas de critère d'éligibilité enregistré.</source>
            <translation>This programme has no eligibility criteria recorded.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/referral.py" line="156" />
            <source>Critère non rempli</source>
            <translation>Criterion not met</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/referral.py" line="156" />
            <source>Critère rempli</source>
            <translation>Criterion met</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/referral.py" line="137" />
            <source>Dispositif : {nom}</source>
            <translation>Programme: {nom}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/referral.py" line="109" />
            <source>Les critères sont vérifiés avec les informations saisies. Répondez aux questions que l'application ne peut pas trancher.</source>
            <translation>The criteria are checked against the information entered. Answer the questions the application cannot decide.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/referral.py" line="170" />
            <source>Non</source>
            <translation>No</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/referral.py" line="169" />
            <source>Oui</source>
            <translation>Yes</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/referral.py" line="189" />
            <source>Résultat : non éligible (au moins un critère n'est pas rempli).</source>
            <translation>Result: not eligible (at least one criterion is not met).</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/referral.py" line="191" />
            <source>Résultat : à compléter (des critères restent à vérifier).</source>
            <translation>Result: incomplete (some criteria remain to be checked).</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/referral.py" line="188" />
            <source>Résultat : éligible.</source>
            <translation>Result: eligible.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/referral.py" line="157" />
            <source>À vérifier</source>
            <translation>To be checked</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/referral.py" line="108" />
            <source>Éligibilité au dispositif</source>
            <translation>Eligibility for the programme</translation>
        </message>
    </context>
    <context>
        <name>Entités</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="198" />
            <source>Accompagnement</source>
            <translation>Support programme</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="271" />
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="232" />
            <source>Actualité</source>
            <translation>Contact</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="318" />
            <source>Aménagement de peine</source>
            <translation>Sentence adjustment</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="345" />
            <source>Consentement</source>
            <translation>Consent</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="92" />
            <source>Dispositif</source>
            <translation>Programme</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="250" />
            <source>Frein</source>
            <translation>Barrier</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="103" />
            <source>Jeune</source>
            <translation>Young person</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="261" />
            <source>Objectif</source>
            <translation>Goal</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="285" />
            <source>Orientation</source>
            <translation>Referral to a partner</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="77" />
            <source>Partenaire</source>
            <translation>Partner</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="178" />
            <source>Positionnement</source>
            <translation>Referral</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="127" />
            <source>Profil socio-professionnel</source>
            <translation>Socio-professional profile</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="297" />
            <source>Situation</source>
            <translation>Situation</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="154" />
            <source>Suivi judiciaire</source>
            <translation>Justice follow-up</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/entities.py" line="212" />
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
            <location filename="../../src/dedans_dehors_desktop/reports/access_export.py" line="328" />
            <location filename="../../src/dedans_dehors_desktop/reports/summary_select.py" line="455" />
            <source>Aucun jeune avec cet identifiant.</source>
            <translation>No young person with this identifier.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/errors.py" line="70" />
            <source>Aucune base n'existe dans ce dossier. Créez-en une avec « init ».</source>
            <translation>There is no database in this folder. Create one with “init”.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/storage/store.py" line="339" />
            <source>Ce fichier n'est pas une sauvegarde Dedans-Dehors. Rien n'a été modifié.</source>
            <translation>This file is not a Dedans-Dehors backup. Nothing was changed.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/errors.py" line="63" />
            <source>Ces données ont été écrites par une version plus récente de l'application. Installez la dernière version pour les ouvrir.</source>
            <translation>This data was written by a newer version of the application. Install the latest version to open it.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/storage/keyfile.py" line="76" />
            <source>Cet utilisateur existe déjà.</source>
            <translation>This user already exists.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/errors.py" line="32" />
            <source>Cet utilisateur n'a pas de clé sur ce poste.</source>
            <translation>This user has no key on this computer.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/summary_select.py" line="302" />
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
            <location filename="../../src/dedans_dehors_desktop/gui/errors.py" line="65" />
            <location filename="../../src/dedans_dehors_desktop/gui/errors.py" line="72" />
            <source>Dedans-Dehors</source>
            <translation>Dedans-Dehors</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/errors.py" line="97" />
            <source>Fiche introuvable.</source>
            <translation>Record not found.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/storage/store.py" line="351" />
            <source>Fichier de sauvegarde introuvable.</source>
            <translation>Backup file not found.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/storage/store.py" line="379" />
            <location filename="../../src/dedans_dehors_desktop/storage/store.py" line="387" />
            <source>La base contenue dans la sauvegarde est endommagée. Rien n'a été modifié.</source>
            <translation>The database inside the backup is damaged. Nothing was changed.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/errors.py" line="36" />
            <source>La base de données est endommagée ou n'est pas une base Dedans-Dehors chiffrée. Rien n'a été modifié. Restaurez la dernière sauvegarde.</source>
            <translation>The database is damaged or is not an encrypted Dedans-Dehors database. Nothing was changed. Restore the latest backup.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/storage/store.py" line="198" />
            <source>La base et le fichier de clé ne vont pas ensemble. Rien n'a été modifié.</source>
            <translation>The database and the key file do not belong together. Nothing was changed.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/crypto/identity.py" line="61" />
            <source>La clé d'identité de ce poste est endommagée : les échanges avec le bureau sont impossibles. Restaurez la dernière sauvegarde.</source>
            <translation>This computer's identity key is damaged: exchanges with the office are impossible. Restore the latest backup.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/crypto/identity.py" line="54" />
            <source>La clé publique reçue est illisible ou endommagée : elle a été refusée. Refaites la demande d'inscription du poste.</source>
            <translation>The public key received is unreadable or damaged: it was refused. Make the computer's enrolment request again.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/errors.py" line="33" />
            <source>La mémoire de l'ordinateur est insuffisante pour terminer l'opération.</source>
            <translation>The computer does not have enough memory to finish the operation.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/storage/connection.py" line="56" />
            <source>La protection mémoire de SQLCipher est inactive.</source>
            <translation>SQLCipher's memory protection is not active.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/storage/store.py" line="347" />
            <source>La sauvegarde est tronquée ou endommagée. Rien n'a été modifié.</source>
            <translation>The backup is truncated or damaged. Nothing was changed.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/errors.py" line="78" />
            <source>Le contrôle de sécurité au démarrage a échoué : l'application refuse de s'ouvrir plutôt que de travailler sans protection.</source>
            <translation>The start-up security check failed: the application refuses to open rather than work without protection.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/errors.py" line="103" />
            <source>Le fichier a été refusé ; rien n'a été modifié.</source>
            <translation>The file was refused; nothing was changed.</translation>
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
            <location filename="../../src/dedans_dehors_desktop/storage/store.py" line="177" />
            <source>Le fichier de clé est là, mais la base est introuvable. Restaurez une sauvegarde.</source>
            <translation>The key file is there, but the database cannot be found. Restore a backup.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/errors.py" line="43" />
            <source>Le fichier de la base n'est pas chiffré : il a été remplacé ou ne provient pas de l'application. Il est refusé et n'a pas été ouvert.</source>
            <translation>The database file is not encrypted: it was replaced or does not come from the application. It is refused and was not opened.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/errors.py" line="35" />
            <source>Le fichier ou le dossier n'a pas pu être lu ou écrit (droits, disque plein ou support retiré).</source>
            <translation>The file or folder could not be read or written (permissions, full disk or removed drive).</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/storage/store.py" line="124" />
            <source>Le nom de la Mission Locale est obligatoire.</source>
            <translation>The Mission Locale's name is required.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/crypto/bundle_format.py" line="246" />
            <source>Les données à exporter dépassent la taille maximale d'un paquet : l'export a été annulé et aucun fichier n'a été écrit.</source>
            <translation>The data to export exceeds the maximum size of a bundle: the export was cancelled and no file was written.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/storage/connection.py" line="58" />
            <source>Les fichiers temporaires ne sont pas en mémoire.</source>
            <translation>Temporary files are not kept in memory.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/storage/keyfile.py" line="74" />
            <source>Nom d'utilisateur invalide.</source>
            <translation>Invalid user name.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/errors.py" line="26" />
            <source>Phrase de passe incorrecte. Vérifiez la saisie (majuscules, accents) et réessayez.</source>
            <translation>Wrong passphrase. Check what you typed (capitals, accents) and try again.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/storage/keyfile.py" line="64" />
            <source>Plusieurs utilisateurs partagent ce poste : indiquez le vôtre.</source>
            <translation>Several users share this computer: enter yours.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/storage/store.py" line="121" />
            <source>Rôle inconnu : « office » ou « laptop ».</source>
            <translation>Unknown role: “office” or “laptop”.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/storage/connection.py" line="54" />
            <source>SQLCipher 4 ou plus est requis : refus de démarrer.</source>
            <translation>SQLCipher 4 or later is required: refusing to start.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/storage/connection.py" line="45" />
            <source>SQLCipher n'est pas disponible : refus de démarrer.</source>
            <translation>SQLCipher is not available: refusing to start.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/storage/keyfile.py" line="78" />
            <source>Trop d'utilisateurs sur ce poste.</source>
            <translation>Too many users on this computer.</translation>
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
            <location filename="../../src/dedans_dehors_desktop/gui/errors.py" line="37" />
            <source>Une erreur inattendue est survenue. Rien n'a été modifié au-delà de la dernière opération terminée.</source>
            <translation>An unexpected error occurred. Nothing was changed beyond the last completed operation.</translation>
        </message>
    </context>
    <context>
        <name>HelpDialog</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/help_dialog.py" line="61" />
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/help_dialog.py" line="51" />
            <source>Aide — raccourcis clavier</source>
            <translation>Help — keyboard shortcuts</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/help_dialog.py" line="40" />
            <source>Cette aide</source>
            <translation>This help</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/help_dialog.py" line="42" />
            <source>Cocher un thème ou une case</source>
            <translation>Tick a theme or a box</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/help_dialog.py" line="43" />
            <source>Dans une date : jour suivant / précédent</source>
            <translation>In a date: next / previous day</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/help_dialog.py" line="28" />
            <source>Enregistrer l'entretien (dans la fenêtre d'entretien)</source>
            <translation>Save the interview (in the interview window)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/help_dialog.py" line="42" />
            <source>Espace</source>
            <translation>Space</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/help_dialog.py" line="29" />
            <source>Fermer l'entretien en gardant le brouillon ; revenir à la liste</source>
            <translation>Close the interview keeping the draft; back to the list</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/help_dialog.py" line="43" />
            <source>Haut / Bas</source>
            <translation>Up / Down</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/help_dialog.py" line="38" />
            <source>Imprimer le récapitulatif pour le jeune</source>
            <translation>Print the summary for the young person</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/help_dialog.py" line="32" />
            <source>Liste des jeunes</source>
            <translation>List of young people</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/help_dialog.py" line="36" />
            <source>Mode parloir : masquer les informations judiciaires et les notes</source>
            <translation>Visiting-room mode: hide justice information and notes</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/help_dialog.py" line="30" />
            <source>Nouveau jeune orienté par le SPIP</source>
            <translation>New young person referred by the SPIP</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/help_dialog.py" line="27" />
            <source>Nouvel entretien pour le jeune affiché ou sélectionné</source>
            <translation>New interview for the young person shown or selected</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/help_dialog.py" line="39" />
            <source>Paramètres</source>
            <translation>Settings</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/help_dialog.py" line="33" />
            <source>Permanence du jour</source>
            <translation>Today's visiting session</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/help_dialog.py" line="41" />
            <source>Quitter</source>
            <translation>Quit</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/help_dialog.py" line="60" />
            <source>Raccourcis clavier</source>
            <translation>Keyboard shortcuts</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/help_dialog.py" line="31" />
            <source>Rechercher un jeune</source>
            <translation>Find a young person</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/help_dialog.py" line="34" />
            <source>Synchronisation</source>
            <translation>Synchronisation</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/help_dialog.py" line="35" />
            <source>Tableau de bord</source>
            <translation>Dashboard</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/help_dialog.py" line="61" />
            <source>Touches</source>
            <translation>Keys</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/help_dialog.py" line="52" />
            <source>Tout se fait au clavier. L'application se verrouille seule après quelques minutes sans activité ; rien de ce qui est saisi n'est perdu : les entretiens en cours sont gardés en brouillon chiffré.</source>
            <translation>Everything can be done from the keyboard. The application locks itself after a few minutes without activity; nothing typed is lost: interviews in progress are kept as encrypted drafts.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/help_dialog.py" line="37" />
            <source>Verrouiller tout de suite</source>
            <translation>Lock now</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/storage/importer.py" line="54" />
            <source>Ligne {ligne} : {erreur} Rien n'a été importé.</source>
            <translation>Line {ligne}: {erreur} Nothing was imported.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/storage/importer.py" line="24" />
            <source>{n} ligne(s) refusée(s) : rien n'a été importé. Corrigez le fichier et recommencez.</source>
            <translation>{n} line(s) refused: nothing was imported. Correct the file and try again.</translation>
        </message>
    </context>
    <context>
        <name>Impression</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/print_preview.py" line="82" />
            <source>L'imprimante n'a pas pu être ouverte. Vérifiez qu'elle est allumée et réessayez.</source>
            <translation>The printer could not be opened. Check that it is switched on and try again.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/print_preview.py" line="438" />
            <source>Récapitulatif</source>
            <translation>Summary</translation>
        </message>
    </context>
    <context>
        <name>InterviewDialog</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/interview.py" line="225" />
            <source>&amp;Ajouter une action</source>
            <translation>&amp;Add an action</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/interview.py" line="170" />
            <source>&amp;Date</source>
            <translation>&amp;Date</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/interview.py" line="191" />
            <source>&amp;Note</source>
            <translation>&amp;Note</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/interview.py" line="176" />
            <source>&amp;Type</source>
            <translation>&amp;Type</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/interview.py" line="446" />
            <source>Abandonner l'entretien</source>
            <translation>Discard the interview</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/interview.py" line="257" />
            <source>Abandonner…</source>
            <translation>Discard…</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/interview.py" line="221" />
            <source>Actions convenues</source>
            <translation>Actions agreed</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/interview.py" line="437" />
            <source>Attention : cette note semble contenir des détails sur l'infraction, la procédure ou la santé ({mots}). N'écrivez que ce qui sert l'accompagnement.</source>
            <translation>Careful: this note seems to contain details about the offence, the proceedings or health ({mots}). Only write what serves the support.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/interview.py" line="214" />
            <source>Aucun frein noté pour l'instant.</source>
            <translation>No barrier recorded yet.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/interview.py" line="430" />
            <source>Brouillon enregistré à {heure}.</source>
            <translation>Draft saved at {heure}.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/interview.py" line="314" />
            <source>Brouillon repris.</source>
            <translation>Draft resumed.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/interview.py" line="153" />
            <source>Ce qui a été travaillé, les points d'étape. Pas de détail sur l'infraction ni sur la santé.</source>
            <translation>What was worked on, the milestones. No detail about the offence or health.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/interview.py" line="251" />
            <source>Ctrl+Entrée</source>
            <translation>Ctrl+Enter</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/interview.py" line="236" />
            <source>Date du prochain rendez-vous</source>
            <translation>Date of the next appointment</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/interview.py" line="174" />
            <source>Durée (min)</source>
            <translation>Duration (min)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/interview.py" line="447" />
            <source>Effacer ce qui a été saisi ? Le brouillon sera supprimé.</source>
            <translation>Erase what was typed? The draft will be deleted.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/interview.py" line="252" />
            <source>Enregistrer et imprimer</source>
            <translation>Save and print</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/interview.py" line="249" />
            <source>Enregistrer l'entretien</source>
            <translation>Save the interview</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/interview.py" line="254" />
            <source>Fermer (brouillon gardé)</source>
            <translation>Close (draft kept)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/interview.py" line="202" />
            <source>Freins</source>
            <translation>Barriers</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/interview.py" line="172" />
            <source>Heure</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/interview.py" line="239" />
            <source>Heure du prochain rendez-vous</source>
            <translation>Time of the next appointment</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/interview.py" line="166" />
            <source>L'entretien</source>
            <translation>The interview</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/interview.py" line="240" />
            <source>Le</source>
            <translation>On</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/interview.py" line="178" />
            <source>Lieu</source>
            <translation>Place</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/interview.py" line="218" />
            <source>Nouveau frein</source>
            <translation>New barrier</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/interview.py" line="216" />
            <source>Nouveau frein identifié</source>
            <translation>New barrier identified</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/interview.py" line="127" />
            <source>Nouvel entretien</source>
            <translation>New interview</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/interview.py" line="232" />
            <source>Prochain rendez-vous</source>
            <translation>Next appointment</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/interview.py" line="525" />
            <source>Prochain rendez-vous : {erreur}</source>
            <translation>Next appointment: {erreur}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/interview.py" line="180" />
            <source>Présence</source>
            <translation>Attendance</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/interview.py" line="208" />
            <source>Statut du frein : {theme}</source>
            <translation>Barrier status: {theme}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/interview.py" line="189" />
            <source>T&amp;hèmes (Espace pour cocher)</source>
            <translation>T&amp;hemes (Space to tick)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/interview.py" line="516" />
            <source>« Échéance » de l'action : date invalide (attendu jj/mm/aaaa).</source>
            <translation>Action “Deadline”: invalid date (expected dd/mm/yyyy).</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/interview.py" line="256" />
            <source>Échap : le brouillon reste enregistré</source>
            <translation>Esc: the draft stays saved</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/interview.py" line="182" />
            <source>Établissement</source>
            <translation>Establishment</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/interview.py" line="242" />
            <source>à</source>
            <translation>at</translation>
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
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="383" />
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
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="117" />
            <source>Maison d'arrêt</source>
            <translation>Remand prison (MA)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="226" />
            <source>Maîtrise du français</source>
            <translation>French language skills</translation>
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
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="379" />
            <source>Non éligible</source>
            <translation>Not eligible</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="227" />
            <source>Numérique</source>
            <translation>Digital skills</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="373" />
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
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="383" />
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
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="131" />
            <source>Transfert</source>
            <translation>Transfer</translation>
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
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="170" />
            <source>Ville</source>
            <translation>Town</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="380" />
            <source>À compléter</source>
            <translation>Incomplete</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="365" />
            <source>Échange avec le SPIP</source>
            <translation>Sharing with the SPIP</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="372" />
            <source>Écrit signé</source>
            <translation>Signed in writing</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/enums.py" line="378" />
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
        <name>MainWindow</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/main_window.py" line="435" />
            <source>Actions</source>
            <translation>Actions</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/main_window.py" line="420" />
            <source>Aide</source>
            <translation>Help</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/main_window.py" line="483" />
            <source>Dedans-Dehors</source>
            <translation>Dedans-Dehors</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/main_window.py" line="482" />
            <source>Dedans-Dehors — verrouillé</source>
            <translation>Dedans-Dehors — locked</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/main_window.py" line="501" />
            <source>Dedans-Dehors — {structure} ({role})</source>
            <translation>Dedans-Dehors — {structure} ({role})</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/main_window.py" line="432" />
            <source>Jeunes</source>
            <translation>Young people</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/main_window.py" line="416" />
            <source>Mode parloir</source>
            <translation>Visiting-room mode</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/main_window.py" line="461" />
            <source>Mode parloir : informations judiciaires et notes masquées</source>
            <translation>Visiting-room mode: justice information and notes hidden</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/main_window.py" line="413" />
            <source>Nouveau jeune</source>
            <translation>New young person</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/main_window.py" line="411" />
            <source>Nouvel entretien</source>
            <translation>New interview</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/main_window.py" line="423" />
            <source>Paramètres</source>
            <translation>Settings</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/main_window.py" line="432" />
            <source>Permanence</source>
            <translation>Visiting session</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/main_window.py" line="427" />
            <source>Quitter</source>
            <translation>Quit</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/main_window.py" line="425" />
            <source>Rechercher</source>
            <translation>Search</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/main_window.py" line="503" />
            <source>Session : {user}</source>
            <translation>Session: {user}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/main_window.py" line="433" />
            <source>Synchronisation</source>
            <translation>Synchronisation</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/main_window.py" line="78" />
            <source>Synchronisation : bientôt disponible.</source>
            <translation>Synchronisation: available soon.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/main_window.py" line="433" />
            <source>Tableau de bord</source>
            <translation>Dashboard</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/main_window.py" line="87" />
            <source>Tableau de bord : bientôt disponible.</source>
            <translation>Dashboard: available soon.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/main_window.py" line="418" />
            <source>Verrouiller</source>
            <translation>Lock</translation>
        </message>
    </context>
    <context>
        <name>Paquets</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/sync/errors.py" line="17" />
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
            <location filename="../../src/dedans_dehors_desktop/gui/setup_wizard.py" line="114" />
            <source>&amp;Confirmation</source>
            <translation>&amp;Confirmation</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/setup_wizard.py" line="111" />
            <source>&amp;Phrase de passe</source>
            <translation>&amp;Passphrase</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/setup_wizard.py" line="131" />
            <source>Bonne</source>
            <translation>Good</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/setup_wizard.py" line="96" />
            <source>Confirmation de la phrase de passe</source>
            <translation>Passphrase confirmation</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/setup_wizard.py" line="132" />
            <source>Excellente</source>
            <translation>Excellent</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/setup_wizard.py" line="131" />
            <source>Faible</source>
            <translation>Weak</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/setup_wizard.py" line="142" />
            <source>La confirmation ne correspond pas.</source>
            <translation>The confirmation does not match.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/setup_wizard.py" line="81" />
            <source>La phrase de passe protège tous les dossiers. Elle ne peut pas être retrouvée si elle est oubliée : notez-la en lieu sûr.</source>
            <translation>The passphrase protects every case file. It cannot be recovered if forgotten: write it down somewhere safe.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/setup_wizard.py" line="131" />
            <source>Moyenne</source>
            <translation>Fair</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/setup_wizard.py" line="110" />
            <source>Nom d'&amp;utilisateur</source>
            <translation>&amp;User name</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/setup_wizard.py" line="86" />
            <source>Nom d'utilisateur</source>
            <translation>User name</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/setup_wizard.py" line="91" />
            <source>Phrase de passe</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/setup_wizard.py" line="138" />
            <source>Solidité : {niveau} — {etat}</source>
            <translation>Strength: {niveau} — {etat}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/setup_wizard.py" line="102" />
            <source>Solidité de la phrase de passe</source>
            <translation>Passphrase strength</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/setup_wizard.py" line="131" />
            <source>Très faible</source>
            <translation>Very weak</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/setup_wizard.py" line="80" />
            <source>Votre compte</source>
            <translation>Your account</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/setup_wizard.py" line="137" />
            <source>conforme à la règle</source>
            <translation>meets the rule</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/setup_wizard.py" line="137" />
            <source>refusée</source>
            <translation>refused</translation>
        </message>
    </context>
    <context>
        <name>PermanencePage</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/permanence.py" line="123" />
            <source>Aujourd'hui</source>
            <translation>Today</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/permanence.py" line="113" />
            <source>Date de la permanence</source>
            <translation>Date of the session</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/permanence.py" line="149" />
            <source>Démarrer l'entretien</source>
            <translation>Start the interview</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/permanence.py" line="116" />
            <location filename="../../src/dedans_dehors_desktop/gui/permanence.py" line="117" />
            <source>Jour précédent</source>
            <translation>Previous day</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/permanence.py" line="120" />
            <location filename="../../src/dedans_dehors_desktop/gui/permanence.py" line="121" />
            <source>Jour suivant</source>
            <translation>Next day</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/permanence.py" line="147" />
            <source>Ouvrir le dossier</source>
            <translation>Open the case file</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/permanence.py" line="98" />
            <source>Permanence</source>
            <translation>Visiting session</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/permanence.py" line="129" />
            <source>Rendez-vous de la permanence</source>
            <translation>Appointments of the session</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/permanence.py" line="213" />
            <source>{n} rendez-vous, dont {p} à venir</source>
            <translation>{n} appointments, {p} still to come</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/permanence.py" line="102" />
            <source>Établissement de la permanence</source>
            <translation>Establishment of the session</translation>
        </message>
    </context>
    <context>
        <name>RecordDialog</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/record_form.py" line="90" />
            <source>Ajouter : {quoi}</source>
            <translation>Add: {quoi}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/record_form.py" line="89" />
            <source>Modifier : {quoi}</source>
            <translation>Edit: {quoi}</translation>
        </message>
    </context>
    <context>
        <name>RecordView</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/record_form.py" line="63" />
            <source>masqué (mode parloir)</source>
            <translation>hidden (visiting-room mode)</translation>
        </message>
    </context>
    <context>
        <name>ReferralWizard</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/referral.py" line="234" />
            <source>Créer le dossier</source>
            <translation>Create the case file</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/referral.py" line="215" />
            <source>Identité</source>
            <translation>Identity</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/referral.py" line="223" />
            <source>La demande d'accompagnement reçue.</source>
            <translation>The support request received.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/referral.py" line="218" />
            <source>Le minimum utile à l'accompagnement. Ni l'infraction, ni la peine.</source>
            <translation>The minimum useful for the support. Neither the offence nor the sentence.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/referral.py" line="212" />
            <source>Nouveau jeune — orientation SPIP</source>
            <translation>New young person — SPIP referral</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/referral.py" line="222" />
            <source>Positionnement</source>
            <translation>Referral</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/referral.py" line="216" />
            <source>Qui est orienté ? (* : obligatoire)</source>
            <translation>Who is referred? (*: required)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/referral.py" line="217" />
            <source>Suivi judiciaire</source>
            <translation>Justice follow-up</translation>
        </message>
    </context>
    <context>
        <name>ResolveDialog</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/sync_view.py" line="109" />
            <source>Autre valeur :</source>
            <translation>Other value:</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/sync_view.py" line="94" />
            <source>Cette fiche a été supprimée sur un poste alors qu'elle était modifiée sur un autre. Choisissez de confirmer la suppression ou de restaurer la fiche.</source>
            <translation>This record was deleted on one computer while it was being changed on another. Choose to confirm the deletion or to restore the record.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/sync_view.py" line="128" />
            <source>Confirmer la suppression</source>
            <translation>Confirm the deletion</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/sync_view.py" line="137" />
            <source>Garder cette valeur</source>
            <translation>Keep this value</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/sync_view.py" line="132" />
            <source>Restaurer la fiche</source>
            <translation>Restore the record</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/sync_view.py" line="87" />
            <source>Résoudre un conflit</source>
            <translation>Resolve a conflict</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/sync_view.py" line="102" />
            <source>{valeur} — {auteur}, {poste}, le {quand}</source>
            <translation>{valeur} — {auteur}, {poste}, on {quand}</translation>
        </message>
    </context>
    <context>
        <name>RolePage</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/setup_wizard.py" line="62" />
            <source>&amp;Nom de la Mission Locale :</source>
            <translation>Mission Locale's &amp;name:</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/setup_wizard.py" line="39" />
            <source>Bienvenue dans Dedans-Dehors</source>
            <translation>Welcome to Dedans-Dehors</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/setup_wizard.py" line="55" />
            <source>Nom de la Mission Locale</source>
            <translation>Mission Locale's name</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/setup_wizard.py" line="42" />
            <source>Ordinateur du bureau (réunit le travail des portables, produit les bilans)</source>
            <translation>Office computer (gathers the laptops' work, produces the reports)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/setup_wizard.py" line="45" />
            <source>Portable des permanences (parloirs, sans réseau)</source>
            <translation>Laptop for visiting sessions (visiting rooms, no network)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/setup_wizard.py" line="40" />
            <source>Quelques réglages avant la première utilisation. Les dossiers seront chiffrés sur cet ordinateur.</source>
            <translation>A few settings before first use. The case files will be encrypted on this computer.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/setup_wizard.py" line="58" />
            <source>Rôle de cet ordinateur :</source>
            <translation>Role of this computer:</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/setup_wizard.py" line="54" />
            <source>ex. : Mission Locale du Bassin Rennais</source>
            <translation>e.g. Mission Locale du Bassin Rennais</translation>
        </message>
    </context>
    <context>
        <name>Saisie</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/editors.py" line="69" />
            <source>Date invalide : attendu jj/mm/aaaa.</source>
            <translation>Invalid date: expected dd/mm/yyyy.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/editors.py" line="114" />
            <source>Heure invalide : attendu hh:mm.</source>
            <translation>Invalid time: expected hh:mm.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/editors.py" line="103" />
            <source>hh:mm</source>
            <translation>hh:mm</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/editors.py" line="55" />
            <source>jj/mm/aaaa</source>
            <translation>dd/mm/yyyy</translation>
        </message>
    </context>
    <context>
        <name>ScopeDialog</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/sync_view.py" line="246" />
            <source>Périmètre du poste</source>
            <translation>Computer's scope</translation>
        </message>
    </context>
    <context>
        <name>ScopeEditor</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/sync_view.py" line="217" />
            <source>Référents (séparés par des virgules)</source>
            <translation>Caseworkers (comma-separated)</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/settings_dialog.py" line="36" />
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/settings_dialog.py" line="65" />
            <source>Avertissement sur la note d'entretien :</source>
            <translation>Warning on the interview note:</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/settings_dialog.py" line="43" />
            <source>Celle du système</source>
            <translation>The system's</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/settings_dialog.py" line="39" />
            <source>Démarrer en mode parloir</source>
            <translation>Start in visiting-room mode</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/settings_dialog.py" line="58" />
            <source>Langue (au prochain démarrage)</source>
            <translation>Language (at next start)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/settings_dialog.py" line="42" />
            <source>Langue de l'interface</source>
            <translation>Interface language</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/settings_dialog.py" line="50" />
            <source>Mots qui déclenchent l'avertissement de la note</source>
            <translation>Words that trigger the note warning</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/settings_dialog.py" line="30" />
            <source>Paramètres</source>
            <translation>Settings</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/settings_dialog.py" line="52" />
            <source>Un mot ou une expression par ligne ; « * » à la fin pour tous les mots qui commencent ainsi. Liste vide : liste par défaut.</source>
            <translation>One word or phrase per line; “*” at the end for every word starting that way. Empty list: default list.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/settings_dialog.py" line="56" />
            <source>Verrouillage après</source>
            <translation>Lock after</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/settings_dialog.py" line="38" />
            <source>Verrouillage après inactivité, en minutes</source>
            <translation>Lock after inactivity, in minutes</translation>
        </message>
    </context>
    <context>
        <name>SetupWizard</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/setup_wizard.py" line="244" />
            <source>Création et chiffrement de la base…</source>
            <translation>Creating and encrypting the database…</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/setup_wizard.py" line="208" />
            <source>Dedans-Dehors — première utilisation</source>
            <translation>Dedans-Dehors — first use</translation>
        </message>
    </context>
    <context>
        <name>SummaryPreviewDialog</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/print_preview.py" line="172" />
            <source>Ajouter une ligne</source>
            <translation>Add a line</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/print_preview.py" line="148" />
            <source>Aperçu du récapitulatif</source>
            <translation>Summary preview</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/print_preview.py" line="171" />
            <location filename="../../src/dedans_dehors_desktop/gui/print_preview.py" line="174" />
            <source>Documents à préparer</source>
            <translation>Documents to prepare</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/print_preview.py" line="182" />
            <source>Double-cliquez sur une ligne pour la modifier. Ces lignes servent à cette impression seulement : elles ne sont pas enregistrées dans le dossier.</source>
            <translation>Double-click a line to edit it. These lines are for this printout only: they are not saved in the case file.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/print_preview.py" line="413" />
            <location filename="../../src/dedans_dehors_desktop/gui/print_preview.py" line="415" />
            <source>Enregistrement</source>
            <translation>Saving</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/print_preview.py" line="190" />
            <source>Enregistrer en PDF…</source>
            <translation>Save as PDF…</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/print_preview.py" line="395" />
            <source>Enregistrer le récapitulatif</source>
            <translation>Save the summary</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/print_preview.py" line="191" />
            <source>Fermer</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/print_preview.py" line="161" />
            <source>Gros caractères</source>
            <translation>Large print</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/print_preview.py" line="389" />
            <source>Impression</source>
            <translation>Printing</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/print_preview.py" line="378" />
            <source>Imprimer le récapitulatif</source>
            <translation>Print the summary</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/print_preview.py" line="189" />
            <source>Imprimer…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/print_preview.py" line="362" />
            <source>Le fichier n'a pas pu être enregistré ({raison}).</source>
            <translation>The file could not be saved ({raison}).</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/print_preview.py" line="415" />
            <source>Le récapitulatif a été enregistré.</source>
            <translation>The summary was saved.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/print_preview.py" line="396" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/print_preview.py" line="173" />
            <source>Retirer la ligne</source>
            <translation>Remove the line</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/print_preview.py" line="342" />
            <source>Récapitulatif</source>
            <translation>Summary</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/print_preview.py" line="139" />
            <source>Récapitulatif à remettre au jeune</source>
            <translation>Summary to hand to the young person</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/print_preview.py" line="156" />
            <source>S'adresser au jeune</source>
            <translation>Addressing the young person</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/print_preview.py" line="150" />
            <source>Tutoyer (« tu »)</source>
            <translation>Informal (“tu”)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/print_preview.py" line="151" />
            <source>Vouvoyer (« vous »)</source>
            <translation>Formal (“vous”)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/print_preview.py" line="392" />
            <source>recapitulatif-{date}.pdf</source>
            <translation>summary-{date}.pdf</translation>
        </message>
    </context>
    <context>
        <name>SyncView</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/sync_view.py" line="422" />
            <source> (supprimée)</source>
            <translation> (deleted)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/sync_view.py" line="368" />
            <source>Approuver une demande…</source>
            <translation>Approve a request…</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/sync_view.py" line="273" />
            <source>Aucun dossier choisi</source>
            <translation>No folder chosen</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/sync_view.py" line="545" />
            <source>Aucun paquet pour ce poste dans ce dossier.</source>
            <translation>No bundle for this computer in this folder.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/sync_view.py" line="441" />
            <source>Ce poste n'est pas encore inscrit.</source>
            <translation>This computer is not enrolled yet.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/sync_view.py" line="333" />
            <source>Champ</source>
            <translation>Field</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/sync_view.py" line="275" />
            <source>Choisir le dossier de la clé…</source>
            <translation>Choose the USB stick's folder…</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/sync_view.py" line="514" />
            <source>Choisissez d'abord le dossier de la clé USB.</source>
            <translation>First choose the USB stick's folder.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/sync_view.py" line="293" />
            <source>Conflits</source>
            <translation>Conflicts</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/sync_view.py" line="426" />
            <source>Conflits ({n})</source>
            <translation>Conflicts ({n})</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/sync_view.py" line="628" />
            <source>Demande d'inscription</source>
            <translation>Enrolment request</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/sync_view.py" line="578" />
            <source>Demande écrite sur la clé. Empreinte de ce poste, à comparer avec l'écran du bureau : {fp}</source>
            <translation>Request written on the stick. This computer's fingerprint, to compare with the office's screen: {fp}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/sync_view.py" line="333" />
            <source>Dossier</source>
            <translation>Folder</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/sync_view.py" line="408" />
            <source>Dossier de la clé USB</source>
            <translation>USB stick folder</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/sync_view.py" line="360" />
            <source>Empreinte</source>
            <translation>Fingerprint</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/sync_view.py" line="354" />
            <source>Empreinte de ce poste :</source>
            <translation>This computer's fingerprint:</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/sync_view.py" line="603" />
            <source>Empreinte du bureau : {fp}

L'écran du bureau affiche-t-il la même empreinte ?</source>
            <translation>Office fingerprint: {fp}

Does the office's screen show the same fingerprint?</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/sync_view.py" line="304" />
            <source>Exporter</source>
            <translation>Export</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/sync_view.py" line="333" />
            <source>Fiche</source>
            <translation>Record</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/sync_view.py" line="296" />
            <source>Historique</source>
            <translation>History</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/sync_view.py" line="555" />
            <source>Import en cours…</source>
            <translation>Importing…</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/sync_view.py" line="314" />
            <source>Importer</source>
            <translation>Import</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/sync_view.py" line="320" />
            <source>Importer les paquets de la clé</source>
            <translation>Import the bundles from the stick</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/sync_view.py" line="295" />
            <source>Inscription</source>
            <translation>Enrolment</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/sync_view.py" line="438" />
            <source>Inscrit auprès de : {bureau}</source>
            <translation>Enrolled with: {bureau}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/sync_view.py" line="506" />
            <source>L'opération a échoué. Rien n'a été modifié.</source>
            <translation>The operation failed. Nothing was changed.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/sync_view.py" line="532" />
            <source>Paquet n° {n} écrit et vérifié ({fiches} fiches). Vous pouvez retirer la clé.</source>
            <translation>Bundle no. {n} written and checked ({fiches} records). You can remove the stick.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/sync_view.py" line="360" />
            <source>Poste</source>
            <translation>Computer</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/sync_view.py" line="618" />
            <source>Poste inscrit auprès du bureau. {detail}</source>
            <translation>Computer enrolled with the office. {detail}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/sync_view.py" line="650" />
            <source>Poste inscrit. Réponse écrite et vérifiée sur la clé ; empreinte du bureau à comparer sur le poste : {fp}</source>
            <translation>Computer enrolled. Reply written and checked on the stick; office fingerprint to compare on the computer: {fp}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/sync_view.py" line="693" />
            <source>Poste révoqué : ses paquets seront refusés.</source>
            <translation>Computer revoked: its bundles will be refused.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/sync_view.py" line="294" />
            <source>Postes</source>
            <translation>Computers</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/sync_view.py" line="360" />
            <source>Périmètre</source>
            <translation>Scope</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/sync_view.py" line="369" />
            <source>Périmètre…</source>
            <translation>Scope…</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/sync_view.py" line="594" />
            <source>Réponse d'inscription</source>
            <translation>Enrolment reply</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/sync_view.py" line="339" />
            <source>Résoudre…</source>
            <translation>Resolve…</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/sync_view.py" line="370" />
            <source>Révoquer</source>
            <translation>Revoke</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/sync_view.py" line="682" />
            <source>Révoquer un poste</source>
            <translation>Revoke a computer</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/sync_view.py" line="683" />
            <source>Révoquer « {poste} » ? Tous ses paquets seront refusés, y compris ceux qui n'ont pas encore été importés.</source>
            <translation>Revoke “{poste}”? All its bundles will be refused, including those not imported yet.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/sync_view.py" line="602" />
            <source>Terminer l'inscription</source>
            <translation>Finish the enrolment</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/sync_view.py" line="384" />
            <source>Terminer l'inscription…</source>
            <translation>Finish the enrolment…</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/sync_view.py" line="333" />
            <source>Valeurs</source>
            <translation>Values</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/sync_view.py" line="431" />
            <source>actif</source>
            <translation>active</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/sync_view.py" line="431" />
            <source>révoqué</source>
            <translation>revoked</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/sync_view.py" line="292" />
            <source>Échanges</source>
            <translation>Exchanges</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/sync_view.py" line="381" />
            <source>Écrire la demande d'inscription sur la clé</source>
            <translation>Write the enrolment request on the stick</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/sync_view.py" line="308" />
            <source>Écrire le paquet sur la clé</source>
            <translation>Write the bundle on the stick</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/sync_view.py" line="526" />
            <source>Écriture du paquet… Ne retirez pas la clé.</source>
            <translation>Writing the bundle… Do not remove the stick.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/sync_view.py" line="360" />
            <source>État</source>
            <translation>State</translation>
        </message>
    </context>
    <context>
        <name>TimelineModel</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/timeline.py" line="58" />
            <source> à {heure}</source>
            <translation> at {heure}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/timeline.py" line="90" />
            <source>Note masquée (mode parloir)</source>
            <translation>Note hidden (visiting-room mode)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/timeline.py" line="65" />
            <source>{n} min</source>
            <translation>{n} min</translation>
        </message>
    </context>
    <context>
        <name>UnlockPage</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/unlock.py" line="100" />
            <source>&amp;Phrase de passe</source>
            <translation>&amp;Passphrase</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/unlock.py" line="99" />
            <source>&amp;Utilisateur</source>
            <translation>&amp;User</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/unlock.py" line="80" />
            <source>Afficher la saisie</source>
            <translation>Show what is typed</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/unlock.py" line="222" />
            <source>Après 5 essais infructueux, un délai d'attente s'applique.</source>
            <translation>After 5 failed attempts, a waiting delay applies.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/unlock.py" line="120" />
            <source>Base de démonstration (données fictives, effacées à la fermeture). Phrase de passe :</source>
            <translation>Demonstration database (fictitious data, erased on closing). Passphrase:</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/unlock.py" line="62" />
            <source>Dedans-Dehors</source>
            <translation>Dedans-Dehors</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/unlock.py" line="85" />
            <source>Déverrouiller</source>
            <translation>Unlock</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/unlock.py" line="65" />
            <source>Les dossiers sont chiffrés. Saisissez votre phrase de passe pour les ouvrir.</source>
            <translation>The case files are encrypted. Enter your passphrase to open them.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/unlock.py" line="77" />
            <source>Phrase de passe</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/unlock.py" line="193" />
            <source>Saisissez votre phrase de passe.</source>
            <translation>Enter your passphrase.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/unlock.py" line="158" />
            <source>Session verrouillée. Saisissez votre phrase de passe pour reprendre là où vous en étiez.</source>
            <translation>Session locked. Enter your passphrase to carry on where you were.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/unlock.py" line="173" />
            <source>Trop d'essais infructueux. Nouvel essai possible dans {n} s.</source>
            <translation>Too many failed attempts. Next attempt possible in {n} s.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/unlock.py" line="73" />
            <source>Utilisateur</source>
            <translation>User</translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/validation.py" line="155" />
            <source>Champ inconnu : {nom}.</source>
            <translation>Unknown field: {nom}.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/validation.py" line="192" />
            <source>La date d'écrou est dans le futur.</source>
            <translation>The committal date is in the future.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/validation.py" line="179" />
            <source>Le détail de la situation ne correspond pas à sa catégorie.</source>
            <translation>The situation's detail does not match its category.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/validation.py" line="142" />
            <source>« {champ} » : contenu invalide.</source>
            <translation>“{champ}”: invalid content.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/validation.py" line="70" />
            <location filename="../../src/dedans_dehors_desktop/core/validation.py" line="72" />
            <source>« {champ} » : date invalide (attendu jj/mm/aaaa).</source>
            <translation>“{champ}”: invalid date (expected dd/mm/yyyy).</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/validation.py" line="88" />
            <source>« {champ} » : heure invalide (attendu hh:mm).</source>
            <translation>“{champ}”: invalid time (expected hh:mm).</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/validation.py" line="78" />
            <source>« {champ} » : l'âge calculé ({age} ans) doit être entre {lo} et {hi} ans.</source>
            <translation>“{champ}”: the computed age ({age}) must be between {lo} and {hi}.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/validation.py" line="74" />
            <source>« {champ} » : la date doit être comprise entre 1900 et 2100.</source>
            <translation>“{champ}”: the date must be between 1900 and 2100.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/storage/repository.py" line="169" />
            <source>« {champ} » : la fiche liée n'existe pas.</source>
            <translation>“{champ}”: the linked record does not exist.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/validation.py" line="123" />
            <source>« {champ} » : liste de valeurs attendue.</source>
            <translation>“{champ}”: a list of values is expected.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/validation.py" line="132" />
            <source>« {champ} » : référence invalide.</source>
            <translation>“{champ}”: invalid reference.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/validation.py" line="116" />
            <location filename="../../src/dedans_dehors_desktop/core/validation.py" line="126" />
            <source>« {champ} » : valeur inconnue.</source>
            <translation>“{champ}”: unknown value.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/reports/summary_select.py" line="89" />
            <source>« {champ} » contient des caractères invisibles.</source>
            <translation>“{champ}” contains invisible characters.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/validation.py" line="112" />
            <source>« {champ} » doit valoir oui ou non.</source>
            <translation>“{champ}” must be yes or no.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/validation.py" line="100" />
            <source>« {champ} » doit être compris entre {lo} et {hi}.</source>
            <translation>“{champ}” must be between {lo} and {hi}.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/validation.py" line="92" />
            <location filename="../../src/dedans_dehors_desktop/core/validation.py" line="96" />
            <source>« {champ} » doit être un nombre entier.</source>
            <translation>“{champ}” must be a whole number.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/validation.py" line="47" />
            <source>« {champ} » doit être un texte.</source>
            <translation>“{champ}” must be text.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/validation.py" line="42" />
            <location filename="../../src/dedans_dehors_desktop/core/validation.py" line="58" />
            <location filename="../../src/dedans_dehors_desktop/core/validation.py" line="164" />
            <source>« {champ} » est obligatoire.</source>
            <translation>“{champ}” is required.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/validation.py" line="50" />
            <location filename="../../src/dedans_dehors_desktop/reports/summary_select.py" line="93" />
            <source>« {champ} » est trop long ({n} caractères, {max} au plus).</source>
            <translation>“{champ}” is too long ({n} characters, {max} at most).</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/validation.py" line="144" />
            <source>« {champ} » est trop long.</source>
            <translation>“{champ}” is too long.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/validation.py" line="61" />
            <source>« {champ} » n'est pas une adresse e-mail valide.</source>
            <translation>“{champ}” is not a valid e-mail address.</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/main_window.py" line="246" />
            <source>Choisissez d'abord un jeune dans la liste ou dans la permanence.</source>
            <translation>First choose a young person in the list or in the visiting session.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/main_window.py" line="271" />
            <source>Entretien enregistré.</source>
            <translation>Interview saved.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/main_window.py" line="111" />
            <source>Jeunes</source>
            <translation>Young people</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/main_window.py" line="276" />
            <source>L'impression du récapitulatif sera bientôt disponible.</source>
            <translation>Printing the summary will be available soon.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/main_window.py" line="108" />
            <source>Navigation</source>
            <translation>Navigation</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/main_window.py" line="112" />
            <source>Permanence</source>
            <translation>Visiting session</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/main_window.py" line="113" />
            <source>Synchronisation</source>
            <translation>Synchronisation</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/main_window.py" line="114" />
            <source>Tableau de bord</source>
            <translation>Dashboard</translation>
        </message>
    </context>
    <context>
        <name>YouthListModel</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/youth_list.py" line="59" />
            <source>Libération prévisionnelle</source>
            <translation>Expected release</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/youth_list.py" line="57" />
            <source>Nom</source>
            <translation>Last name</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/youth_list.py" line="60" />
            <source>Prochain rendez-vous</source>
            <translation>Next appointment</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/youth_list.py" line="57" />
            <source>Prénoms</source>
            <translation>First names</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/youth_list.py" line="58" />
            <source>Âge</source>
            <translation>Age</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/youth_list.py" line="58" />
            <source>Établissement</source>
            <translation>Establishment</translation>
        </message>
    </context>
    <context>
        <name>YouthListPage</name>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/youth_list.py" line="357" />
            <source>1 jeune</source>
            <translation>1 young person</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/youth_list.py" line="249" />
            <source>Accompagnement en cours</source>
            <translation>Support in progress</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/youth_list.py" line="244" />
            <source>Filtrer par milieu</source>
            <translation>Filter by setting</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/youth_list.py" line="234" />
            <source>Filtrer par établissement</source>
            <translation>Filter by establishment</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/youth_list.py" line="300" />
            <source>Jeunes suivis</source>
            <translation>Young people followed</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/youth_list.py" line="262" />
            <source>Liste des jeunes</source>
            <translation>List of young people</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/youth_list.py" line="256" />
            <source>Nouveau jeune (orientation SPIP)…</source>
            <translation>New young person (SPIP referral)…</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/youth_list.py" line="230" />
            <source>Recherche par nom</source>
            <translation>Search by name</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/youth_list.py" line="227" />
            <source>Rechercher un nom, un prénom… (Ctrl+F)</source>
            <translation>Search a last name, a first name… (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/youth_list.py" line="245" />
            <source>Tous les milieux</source>
            <translation>All settings</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/youth_list.py" line="235" />
            <source>Tous les établissements</source>
            <translation>All establishments</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/youth_list.py" line="357" />
            <source>{n} jeunes</source>
            <translation>{n} young people</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/gui/youth_list.py" line="250" />
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
            <location filename="../../src/dedans_dehors_desktop/core/eligibility.py" line="71" />
            <source>Chaque critère doit avoir un identifiant unique.</source>
            <translation>Each criterion must have a unique identifier.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/eligibility.py" line="140" />
            <source>Commune non renseignée</source>
            <translation>Town not specified</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/eligibility.py" line="78" />
            <source>Critère d'âge incomplet.</source>
            <translation>Incomplete age criterion.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/eligibility.py" line="80" />
            <source>Critère de libération incomplet.</source>
            <translation>Incomplete release criterion.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/eligibility.py" line="67" />
            <source>Critère de type inconnu.</source>
            <translation>Criterion of unknown type.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/eligibility.py" line="146" />
            <source>Date de libération prévisionnelle inconnue</source>
            <translation>Expected release date unknown</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/eligibility.py" line="119" />
            <source>Date de naissance inconnue</source>
            <translation>Date of birth unknown</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/eligibility.py" line="62" />
            <source>Les règles doivent être une liste de critères.</source>
            <translation>The rules must be a list of criteria.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/eligibility.py" line="142" />
            <source>Libération prévue dans les {mois} mois</source>
            <translation>Release expected within {mois} months</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/eligibility.py" line="135" />
            <source>Non renseigné</source>
            <translation>Not specified</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/eligibility.py" line="82" />
            <source>Question sans libellé.</source>
            <translation>Question without wording.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/eligibility.py" line="160" />
            <source>Question à poser</source>
            <translation>Question to ask</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/eligibility.py" line="59" />
            <source>Règles illisibles.</source>
            <translation>Unreadable rules.</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/eligibility.py" line="158" />
            <source>Réponse du référent : non</source>
            <translation>Caseworker's answer: no</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/eligibility.py" line="156" />
            <source>Réponse du référent : oui</source>
            <translation>Caseworker's answer: yes</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/eligibility.py" line="138" />
            <source>Réside dans le territoire du dispositif</source>
            <translation>Lives in the programme's area</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/eligibility.py" line="123" />
            <source>{age} ans au {date}</source>
            <translation>{age} years old on {date}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/eligibility.py" line="129" />
            <source>{quoi} : {valeurs}</source>
            <translation>{quoi}: {valeurs}</translation>
        </message>
        <message>
            <location filename="../../src/dedans_dehors_desktop/core/eligibility.py" line="117" />
            <source>Âge entre {min} et {max} ans</source>
            <translation>Age between {min} and {max}</translation>
        </message>
    </context>
</TS>
