<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en_US">
<context>
    <name>ActivityCharts</name>
    <message>
        <source>Sessions per day</source>
        <translation>Sitzungen pro Tag</translation>
    </message>
    <message>
        <source>Median time in each step</source>
        <translation>Median der Dauer je Schritt</translation>
    </message>
    <message>
        <source>Repair rounds per session</source>
        <translation>Reparaturrunden pro Sitzung</translation>
    </message>
    <message>
        <source>Reached ready</source>
        <translation>Wurde bereit</translation>
    </message>
    <message>
        <source>Did not</source>
        <translation>Wurde nicht bereit</translation>
    </message>
    <message>
        <source>No sessions in this period.</source>
        <translation>Keine Sitzungen in diesem Zeitraum.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s); %1 % reached ready.</source>
        <translation>
            <numerusform>%n Sitzung; %1 % davon wurden bereit.</numerusform>
            <numerusform>%n Sitzungen; %1 % davon wurden bereit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Median seconds</source>
        <translation>Median in Sekunden</translation>
    </message>
    <message>
        <source>Median time in each step (s)</source>
        <translation>Median der Dauer je Schritt (s)</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Sessions by repair rounds</source>
        <translation>Sitzungen nach Reparaturrunden</translation>
    </message>
</context>
<context>
    <name>AnswerStitcher</name>
    <message>
        <source>in the middle of a line of the file &quot;%1&quot;</source>
        <translation>mitten in einer Zeile der Datei „%1“</translation>
    </message>
    <message>
        <source>inside the file &quot;%1&quot;, at the end of a line</source>
        <translation>in der Datei „%1“, am Ende einer Zeile</translation>
    </message>
    <message>
        <source>inside the &lt;manifest&gt; block</source>
        <translation>im &lt;manifest&gt;-Block</translation>
    </message>
    <message>
        <source>between two blocks of the &lt;app&gt;</source>
        <translation>zwischen zwei Blöcken von &lt;app&gt;</translation>
    </message>
    <message>
        <source>before the &lt;app&gt; block was finished</source>
        <translation>bevor der &lt;app&gt;-Block fertig war</translation>
    </message>
</context>
<context>
    <name>AnswerTags</name>
    <message>
        <source>the tag is not closed with &quot;&gt;&quot;</source>
        <translation>das Tag ist nicht mit „&gt;“ geschlossen</translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot; in the tag</source>
        <translation>unerwartetes „%1“ im Tag</translation>
    </message>
    <message>
        <source>attribute &quot;%1&quot; has no value</source>
        <translation>das Attribut „%1“ hat keinen Wert</translation>
    </message>
    <message>
        <source>the value of &quot;%1&quot; must be in quotes</source>
        <translation>der Wert von „%1“ muss in Anführungszeichen stehen</translation>
    </message>
    <message>
        <source>the value of &quot;%1&quot; has no closing quote</source>
        <translation>beim Wert von „%1“ fehlt das schließende Anführungszeichen</translation>
    </message>
    <message>
        <source>it has no path attribute</source>
        <translation>es hat kein path-Attribut</translation>
    </message>
    <message>
        <source>its path is empty</source>
        <translation>sein Pfad ist leer</translation>
    </message>
</context>
<context>
    <name>AnthropicClient</name>
    <message>
        <source>No Claude API key is set: add one in Settings</source>
        <translation>Es ist kein Claude-API-Schlüssel festgelegt: Fügen Sie einen in den Einstellungen hinzu</translation>
    </message>
    <message>
        <source>No Claude model is chosen: pick one in Settings</source>
        <translation>Es ist kein Claude-Modell gewählt: Wählen Sie eines in den Einstellungen</translation>
    </message>
    <message>
        <source>The output limit must be at least one token</source>
        <translation>Das Ausgabelimit muss mindestens ein Token betragen</translation>
    </message>
    <message>
        <source>There is nothing to send to Claude</source>
        <translation>Es gibt nichts, was an Claude gesendet werden könnte</translation>
    </message>
    <message>
        <source>Claude does not accept an empty message</source>
        <translation>Claude akzeptiert keine leere Nachricht</translation>
    </message>
    <message>
        <source>The conversation must end with a user message: current Claude models refuse an assistant prefill. Ask for the continuation in a new user turn</source>
        <translation>Die Unterhaltung muss mit einer Nachricht des Benutzers enden: Aktuelle Claude-Modelle lehnen einen vorausgefüllten Assistenten-Text ab. Bitten Sie in einer neuen Benutzernachricht um die Fortsetzung</translation>
    </message>
</context>
<context>
    <name>ApiExchange</name>
    <message>
        <source>The body must be a JSON object (%1)</source>
        <translation>Der Inhalt der Anfrage muss ein JSON-Objekt sein (%1)</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot;</source>
        <translation>Unbekanntes Feld „%1“</translation>
    </message>
</context>
<context>
    <name>ApiHost</name>
    <message>
        <source>Another SpawnAI (process %1) already hosts the API for %2</source>
        <translation>Ein anderes SpawnAI (Prozess %1) stellt bereits die API für %2 bereit</translation>
    </message>
    <message>
        <source>Another SpawnAI already hosts the API for %1</source>
        <translation>Ein anderes SpawnAI stellt bereits die API für %1 bereit</translation>
    </message>
</context>
<context>
    <name>ApiImages</name>
    <message>
        <source>&quot;images&quot; must be a list</source>
        <translation>&quot;images&quot; muss eine Liste sein</translation>
    </message>
</context>
<context>
    <name>ApiInfo</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ApiReply</name>
    <message>
        <source>The SpawnAI host answered HTTP %1</source>
        <translation>Der SpawnAI-Host antwortete mit HTTP %1</translation>
    </message>
    <message>
        <source>The SpawnAI host did not answer (%1)</source>
        <translation>Der SpawnAI-Host hat nicht geantwortet (%1)</translation>
    </message>
</context>
<context>
    <name>ApiServer</name>
    <message>
        <source>The API cannot listen: %1</source>
        <translation>Die API kann keine Verbindungen annehmen: %1</translation>
    </message>
    <message>
        <source>There is no such address in SpawnAI&apos;s API</source>
        <translation>Diese Adresse gibt es in der API von SpawnAI nicht</translation>
    </message>
    <message>
        <source>This address takes %1</source>
        <translation>Diese Adresse akzeptiert %1</translation>
    </message>
    <message>
        <source>Unknown query parameter &quot;%1&quot;</source>
        <translation>Unbekannter Abfrageparameter „%1“</translation>
    </message>
    <message>
        <source>The Host header must name the address SpawnAI&apos;s API listens on</source>
        <translation>Der Host-Header muss die Adresse nennen, unter der die API von SpawnAI erreichbar ist</translation>
    </message>
    <message>
        <source>Requests from web pages are refused unless Settings &gt; Automation lists their origin</source>
        <translation>Anfragen von Webseiten werden abgelehnt, sofern ihr Ursprung nicht unter Einstellungen &gt; Automatisierung aufgeführt ist</translation>
    </message>
    <message>
        <source>The API needs a token: Authorization: Bearer TOKEN (spawnai token prints it)</source>
        <translation>Die API braucht ein Token: Authorization: Bearer TOKEN (spawnai token gibt es aus)</translation>
    </message>
    <message>
        <source>The API token is wrong (spawnai token prints the current one)</source>
        <translation>Das API-Token ist falsch (spawnai token gibt das aktuelle aus)</translation>
    </message>
    <message>
        <source>Too many requests: at most %1 a second</source>
        <translation>Zu viele Anfragen: höchstens %1 pro Sekunde</translation>
    </message>
    <message>
        <source>The request body is larger than 1 MiB</source>
        <translation>Der Inhalt der Anfrage ist größer als 1 MiB</translation>
    </message>
    <message>
        <source>Too many session starts: at most %1 a minute</source>
        <translation>Zu viele Sitzungsstarts: höchstens %1 pro Minute</translation>
    </message>
    <message>
        <source>WebSocket connections go to %1</source>
        <translation>WebSocket-Verbindungen gehen an %1</translation>
    </message>
    <message>
        <source>The request body is larger than 32 MiB</source>
        <translation>Der Anfragetext ist größer als 32 MiB</translation>
    </message>
</context>
<context>
    <name>ApiSessionStart</name>
    <message>
        <source>SpawnAI is shutting down</source>
        <translation>SpawnAI wird beendet</translation>
    </message>
    <message>
        <source>There is no template &quot;%1&quot;. Templates: %2</source>
        <translation>Es gibt keine Vorlage „%1“. Vorlagen: %2</translation>
    </message>
    <message>
        <source>Files sent through the API</source>
        <translation>Über die API gesendete Dateien</translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation>Vorlage: %1</translation>
    </message>
</context>
<context>
    <name>ApiToken</name>
    <message>
        <source>Cannot write the API token to %1: %2</source>
        <translation>Das API-Token kann nicht in %1 geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>AppAnswerParser</name>
    <message>
        <source>The answer is longer than %1 characters; SpawnAI stopped reading it</source>
        <translation>Die Antwort ist länger als %1 Zeichen; SpawnAI hat aufgehört, sie zu lesen</translation>
    </message>
    <message>
        <source>&lt;app&gt; appears again inside &lt;app&gt;; send one &lt;app&gt; block per answer</source>
        <translation>&lt;app&gt; steht noch einmal innerhalb von &lt;app&gt;; senden Sie einen &lt;app&gt;-Block pro Antwort</translation>
    </message>
    <message>
        <source>a second &lt;manifest&gt;; send one manifest per answer</source>
        <translation>ein zweites &lt;manifest&gt;; senden Sie ein Manifest pro Antwort</translation>
    </message>
    <message>
        <source>the &lt;file&gt; tag cannot be read: %1. Write it as &lt;file path=&quot;relative/path&quot;&gt;</source>
        <translation>das &lt;file&gt;-Tag kann nicht gelesen werden: %1. Schreiben Sie es als &lt;file path=&quot;relativer/pfad&quot;&gt;</translation>
    </message>
    <message>
        <source>&lt;file path=&quot;%1&quot;/&gt; has no content: put the content between &lt;file path=&quot;%1&quot;&gt; and a line &lt;/file&gt;, or use &lt;delete path=&quot;%1&quot;/&gt; to remove the file</source>
        <translation>&lt;file path=&quot;%1&quot;/&gt; hat keinen Inhalt: Setzen Sie den Inhalt zwischen &lt;file path=&quot;%1&quot;&gt; und eine Zeile &lt;/file&gt;, oder entfernen Sie die Datei mit &lt;delete path=&quot;%1&quot;/&gt;</translation>
    </message>
    <message>
        <source>the &lt;delete&gt; tag cannot be read: %1. Write it as &lt;delete path=&quot;relative/path&quot;/&gt;</source>
        <translation>das &lt;delete&gt;-Tag kann nicht gelesen werden: %1. Schreiben Sie es als &lt;delete path=&quot;relativer/pfad&quot;/&gt;</translation>
    </message>
    <message>
        <source>the &lt;manifest&gt; block that starts on line %1 is not closed: end it with &lt;/manifest&gt; before the first file</source>
        <translation>der &lt;manifest&gt;-Block, der in Zeile %1 beginnt, ist nicht geschlossen: Beenden Sie ihn vor der ersten Datei mit &lt;/manifest&gt;</translation>
    </message>
    <message>
        <source>the &lt;manifest&gt; block is larger than %1; it should be a few lines of JSON</source>
        <translation>der &lt;manifest&gt;-Block ist größer als %1; er sollte aus wenigen Zeilen JSON bestehen</translation>
    </message>
    <message>
        <source>&lt;file path=&quot;%1&quot;&gt; starts inside &quot;%2&quot; (opened on line %3), which has no closing line &lt;/file&gt;. End every file with &lt;/file&gt; on a line of its own</source>
        <translation>&lt;file path=&quot;%1&quot;&gt; beginnt innerhalb von „%2“ (geöffnet in Zeile %3), das keine schließende Zeile &lt;/file&gt; hat. Beenden Sie jede Datei mit &lt;/file&gt; in einer eigenen Zeile</translation>
    </message>
    <message>
        <source>file &quot;%1&quot; is larger than %2, the limit per file. Split it into smaller files or make it shorter</source>
        <translation>die Datei „%1“ ist größer als %2, das Limit pro Datei. Teilen Sie sie in kleinere Dateien auf oder kürzen Sie sie</translation>
    </message>
    <message>
        <source>Answer line %1: %2</source>
        <translation>Zeile %1 der Antwort: %2</translation>
    </message>
    <message>
        <source>its answer had no app in it</source>
        <translation>seine Antwort enthielt keine App</translation>
    </message>
</context>
<context>
    <name>AppBundle</name>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Byte</translation>
    </message>
    <message>
        <source>The app has no spawnai.json; see docs/manifest.md</source>
        <translation>Die App hat keine spawnai.json; siehe docs/manifest.md</translation>
    </message>
    <message>
        <source>spawnai.json is larger than %1</source>
        <translation>spawnai.json ist größer als %1</translation>
    </message>
    <message>
        <source>The app has %1 files; the limit is %2</source>
        <translation>Die App hat %1 Dateien; das Limit ist %2</translation>
    </message>
    <message>
        <source>File &quot;spawnai.json&quot; is written from the manifest; it cannot also be an app file</source>
        <translation>Die Datei „spawnai.json“ wird aus dem Manifest geschrieben; sie kann nicht zugleich eine Datei der App sein</translation>
    </message>
    <message>
        <source>File &quot;%1&quot; is %2; the limit is %3 per file</source>
        <translation>Die Datei „%1“ ist %2 groß; das Limit ist %3 pro Datei</translation>
    </message>
    <message>
        <source>File &quot;%1&quot; is listed twice</source>
        <translation>Die Datei „%1“ ist zweimal aufgeführt</translation>
    </message>
    <message>
        <source>The app&apos;s files add up to %1; the limit is %2</source>
        <translation>Die Dateien der App sind zusammen %1 groß; das Limit ist %2</translation>
    </message>
    <message>
        <source>File &quot;%1&quot; needs &quot;%2&quot; to be a folder, but it is a file</source>
        <translation>Die Datei „%1“ braucht „%2“ als Ordner, aber es ist eine Datei</translation>
    </message>
    <message>
        <source>spawnai.json: &quot;start&quot; is not set and there is no server.js for the default &quot;node server.js&quot;</source>
        <translation>spawnai.json: „start“ ist nicht gesetzt, und es gibt keine server.js für das voreingestellte „node server.js“</translation>
    </message>
    <message>
        <source>spawnai.json: &quot;start&quot; is not set and there is no main.py or script.js to run</source>
        <translation>spawnai.json: „start“ ist nicht gesetzt, und es gibt keine main.py oder script.js zum Ausführen</translation>
    </message>
    <message>
        <source>spawnai.json: &quot;start&quot; is not set</source>
        <translation>spawnai.json: „start“ ist nicht gesetzt</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>No keychain is reachable (%1), so the E2B key saved in Settings cannot be read; set E2B_API_KEY</source>
        <translation>Kein Schlüsselbund ist erreichbar (%1), daher kann der in den Einstellungen gespeicherte E2B-Schlüssel nicht gelesen werden; setzen Sie E2B_API_KEY</translation>
    </message>
    <message>
        <source>No E2B API key: set E2B_API_KEY or add the key in Settings</source>
        <translation>Kein E2B-API-Schlüssel: Setzen Sie E2B_API_KEY oder fügen Sie den Schlüssel in den Einstellungen hinzu</translation>
    </message>
</context>
<context>
    <name>AppEnvironment</name>
    <message>
        <source>An app can have at most %1 environment variables</source>
        <translation>Eine App kann höchstens %1 Umgebungsvariablen haben</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid environment variable name: use letters, digits and _, not starting with a digit, at most 64 characters</source>
        <translation>„%1“ ist kein gültiger Name für eine Umgebungsvariable: erlaubt sind Buchstaben, Ziffern und _, nicht mit einer Ziffer am Anfang, höchstens 64 Zeichen</translation>
    </message>
    <message>
        <source>The environment variable %1 is set by SpawnAI itself</source>
        <translation>Die Umgebungsvariable %1 setzt SpawnAI selbst</translation>
    </message>
    <message>
        <source>The environment variable %1 has no value</source>
        <translation>Die Umgebungsvariable %1 hat keinen Wert</translation>
    </message>
    <message>
        <source>The value of %1 is longer than %2 bytes</source>
        <translation>Der Wert von %1 ist länger als %2 Bytes</translation>
    </message>
    <message>
        <source>The value of %1 must be one line</source>
        <translation>Der Wert von %1 muss eine einzige Zeile sein</translation>
    </message>
    <message>
        <source>--env takes NAME=VALUE</source>
        <translation>--env erwartet NAME=WERT</translation>
    </message>
</context>
<context>
    <name>AppEnvironmentDialog</name>
    <message>
        <source>App Environment</source>
        <translation>Umgebung der App</translation>
    </message>
    <message>
        <source>Variables the new app&apos;s process gets, such as an API key it calls. The values go to the system keychain; the model that writes the app is told only the names.</source>
        <translation>Variablen, die der Prozess der neuen App bekommt, etwa ein API-Schlüssel für einen Dienst, den sie aufruft. Die Werte kommen in den Schlüsselbund des Systems; das Modell, das die App schreibt, erfährt nur die Namen.</translation>
    </message>
</context>
<context>
    <name>AppEnvironmentRead</name>
    <message>
        <source>The app&apos;s environment (%1) is kept in the OS keychain, which cannot be reached here</source>
        <translation>Die Umgebung der App (%1) liegt im Schlüsselbund des Systems, der hier nicht erreichbar ist</translation>
    </message>
    <message>
        <source>Could not read the app&apos;s environment variable %1 from the keychain: %2</source>
        <translation>Die Umgebungsvariable %1 der App konnte nicht aus dem Schlüsselbund gelesen werden: %2</translation>
    </message>
    <message>
        <source>The keychain has no saved value for %1: save one with spawnai secret set %1</source>
        <translation>Der Schlüsselbund hat keinen gespeicherten Wert für %1: speichern Sie einen mit spawnai secret set %1</translation>
    </message>
    <message>
        <source>The keychain has no value for the app&apos;s environment variable %1 any more: set it again in the session&apos;s Environment panel</source>
        <translation>Der Schlüsselbund hat keinen Wert mehr für die Umgebungsvariable %1 der App: setzen Sie ihn im Bereich „Umgebung“ der Sitzung neu</translation>
    </message>
</context>
<context>
    <name>AppEnvironmentWrite</name>
    <message>
        <source>The app&apos;s environment is kept in the OS keychain, which cannot be reached here</source>
        <translation>Die Umgebung der App liegt im Schlüsselbund des Systems, der hier nicht erreichbar ist</translation>
    </message>
</context>
<context>
    <name>AppExporter</name>
    <message>
        <source>The stored file name &quot;%1&quot; cannot be exported</source>
        <translation>Der gespeicherte Dateiname „%1“ kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1 already holds %2; choose an empty folder</source>
        <translation>%1 enthält bereits %2; wählen Sie einen leeren Ordner</translation>
    </message>
    <message>
        <source>Cannot create the folder for %1</source>
        <translation>Der Ordner für %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ApprovalRedeploy</name>
    <message>
        <source>SpawnAI is shutting down</source>
        <translation>SpawnAI wird beendet</translation>
    </message>
    <message>
        <source>redeploying with the approved install scripts</source>
        <translation>neu bereitstellen mit den genehmigten Installationsskripten</translation>
    </message>
</context>
<context>
    <name>AsyncOperation</name>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>AutomationPage</name>
    <message>
        <source>&amp;Copy token</source>
        <translation>Token &amp;kopieren</translation>
    </message>
    <message>
        <source>Scripts, editors and AI agents can start, watch and stop apps through SpawnAI&apos;s local API, on this computer only, with the token. The command line&apos;s spawn --detach, stop and extend use it too.</source>
        <translation>Skripte, Editoren und KI-Agenten können über die lokale API von SpawnAI Apps starten, beobachten und stoppen, nur auf diesem Computer und mit dem Token. Auch spawn --detach, stop und extend auf der Befehlszeile verwenden sie.</translation>
    </message>
    <message>
        <source>&amp;Serve the local API while this window is open</source>
        <translation>Die lokale API &amp;anbieten, solange dieses Fenster offen ist</translation>
    </message>
    <message>
        <source>Serve the local API while this window is open</source>
        <translation>Die lokale API anbieten, solange dieses Fenster offen ist</translation>
    </message>
    <message>
        <source>Where the local API listens</source>
        <translation>Wo die lokale API erreichbar ist</translation>
    </message>
    <message>
        <source>Copy the API token</source>
        <translation>Das API-Token kopieren</translation>
    </message>
    <message>
        <source>Web pages allowed to call the API</source>
        <translation>Webseiten, die die API aufrufen dürfen</translation>
    </message>
    <message>
        <source>None (for example http://localhost:5173)</source>
        <translation>Keine (zum Beispiel http://localhost:5173)</translation>
    </message>
    <message>
        <source>Requests from any other web page are refused. Separate origins with spaces.</source>
        <translation>Anfragen von allen anderen Webseiten werden abgelehnt. Trennen Sie Ursprünge durch Leerzeichen.</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>Web pages:</source>
        <translation>Webseiten:</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet …</translation>
    </message>
</context>
<context>
    <name>BudgetCheck</name>
    <message>
        <source>This would cost about %1; %2 of your %3 monthly budget is spent. Raise the budget or wait for next month.</source>
        <translation>Das würde etwa %1 kosten; von Ihrem Monatsbudget von %3 sind %2 ausgegeben. Erhöhen Sie das Budget oder warten Sie bis zum nächsten Monat.</translation>
    </message>
    <message>
        <source>This would cost about %1; this session has cost %2 of its %3 limit. Raise the per-session limit or start a new session.</source>
        <translation>Das würde etwa %1 kosten; diese Sitzung hat %2 ihres Limits von %3 gekostet. Erhöhen Sie das Limit pro Sitzung oder beginnen Sie eine neue Sitzung.</translation>
    </message>
    <message>
        <source>The price of %1 is unknown, so your budget cannot count what it costs: nothing was sent. Set its price in Settings &gt; Budget &gt; Prices, or allow models without a price there.</source>
        <translation>Der Preis von %1 ist unbekannt, also kann Ihr Budget nicht zählen, was es kostet: Es wurde nichts gesendet. Legen Sie seinen Preis unter Einstellungen &gt; Budget &gt; Preise fest oder erlauben Sie dort Modelle ohne Preis.</translation>
    </message>
</context>
<context>
    <name>BudgetEnforcer</name>
    <message>
        <source>monthly budget of %1 reached; the E2B sandbox is paused</source>
        <translation>Monatsbudget von %1 erreicht; die E2B-Sandbox ist pausiert</translation>
    </message>
    <message>
        <source>monthly budget of %1 reached</source>
        <translation>Monatsbudget von %1 erreicht</translation>
    </message>
    <message>
        <source>The monthly budget of %1 is spent (%2 so far this month). Raise it in Settings to go on; local sandboxes without a model cost nothing and still run.</source>
        <translation>Das Monatsbudget von %1 ist aufgebraucht (%2 bisher in diesem Monat). Erhöhen Sie es in den Einstellungen, um weiterzumachen; lokale Sandboxes ohne Modell kosten nichts und laufen weiterhin.</translation>
    </message>
</context>
<context>
    <name>BudgetGauge</name>
    <message>
        <source>Budget for the month: %1</source>
        <translation>Budget für den Monat: %1</translation>
    </message>
    <message>
        <source>%1 this month, no budget set</source>
        <translation>%1 in diesem Monat, kein Budget festgelegt</translation>
    </message>
    <message>
        <source>%1 of %2 (%3 %)</source>
        <translation>%1 von %2 (%3 %)</translation>
    </message>
</context>
<context>
    <name>BudgetPage</name>
    <message>
        <source>No limit</source>
        <translation>Kein Limit</translation>
    </message>
    <message>
        <source>Monthly budget in US dollars</source>
        <translation>Monatsbudget in US-Dollar</translation>
    </message>
    <message>
        <source>Cap per session in US dollars</source>
        <translation>Obergrenze pro Sitzung in US-Dollar</translation>
    </message>
    <message>
        <source>When the budget is used up</source>
        <translation>Wenn das Budget aufgebraucht ist</translation>
    </message>
    <message>
        <source>Pause: ask no model, pause the E2B sandboxes</source>
        <translation>Pausieren: kein Modell mehr fragen, E2B-Sandboxes pausieren</translation>
    </message>
    <message>
        <source>Stop: ask no model, end the E2B sandboxes</source>
        <translation>Stoppen: kein Modell mehr fragen, E2B-Sandboxes beenden</translation>
    </message>
    <message>
        <source>&amp;Monthly budget:</source>
        <translation>&amp;Monatsbudget:</translation>
    </message>
    <message>
        <source>Cap per &amp;session:</source>
        <translation>Obergrenze pro &amp;Sitzung:</translation>
    </message>
    <message>
        <source>At &amp;100 %:</source>
        <translation>Bei &amp;100 %:</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Preise</translation>
    </message>
    <message>
        <source>What models and cloud sandboxes may cost, in US dollars. Models on your own server and local sandboxes are free; a model without a price is counted apart, never as free. 0 means no limit.</source>
        <translation>Was Modelle und Cloud-Sandboxes kosten dürfen, in US-Dollar. Modelle auf Ihrem eigenen Server und lokale Sandboxes sind kostenlos; ein Modell ohne Preis wird getrennt gezählt, nie als kostenlos. 0 bedeutet kein Limit.</translation>
    </message>
    <message>
        <source>Allow models &amp;without a price while a limit is set</source>
        <translation>Modelle &amp;ohne Preis erlauben, solange ein Limit gesetzt ist</translation>
    </message>
    <message>
        <source>Allow models without a price while a limit is set</source>
        <translation>Modelle ohne Preis erlauben, solange ein Limit gesetzt ist</translation>
    </message>
    <message>
        <source>Their requests are counted as unpriced, not in dollars, so the budget cannot stop them.</source>
        <translation>Ihre Anfragen werden als ohne Preis gezählt, nicht in Dollar, daher kann das Budget sie nicht stoppen.</translation>
    </message>
</context>
<context>
    <name>BwrapProcess</name>
    <message>
        <source>Cannot pass the sandbox&apos;s arguments</source>
        <translation>Die Argumente der Sandbox können nicht übergeben werden</translation>
    </message>
    <message>
        <source>bubblewrap could not start: %1</source>
        <translation>bubblewrap konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>bubblewrap could not create the sandbox: %1</source>
        <translation>bubblewrap konnte die Sandbox nicht anlegen: %1</translation>
    </message>
</context>
<context>
    <name>CacheArchive</name>
    <message>
        <source>Invalid cache key</source>
        <translation>Ungültiger Cache-Schlüssel</translation>
    </message>
    <message>
        <source>Cannot write the dependency cache</source>
        <translation>Der Abhängigkeits-Cache kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Cannot save the dependency cache</source>
        <translation>Der Abhängigkeits-Cache kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>No cached copy</source>
        <translation>Keine Kopie im Cache</translation>
    </message>
</context>
<context>
    <name>ChartFactory</name>
    <message>
        <source>nothing spent</source>
        <translation>nichts ausgegeben</translation>
    </message>
</context>
<context>
    <name>CliAppEnvironment</name>
    <message>
        <source>--env %1: %1 is not set in this environment</source>
        <translation>--env %1: %1 ist in dieser Umgebung nicht gesetzt</translation>
    </message>
</context>
<context>
    <name>CliOutput</name>
    <message>
        <source>Ready: %1   (Ctrl-C stops it)</source>
        <translation>Bereit: %1   (Strg-C stoppt sie)</translation>
    </message>
    <message>
        <source>Budget: %1 % of the monthly budget is spent (%2 of %3)</source>
        <translation>Budget: %1 % des Monatsbudgets sind ausgegeben (%2 von %3)</translation>
    </message>
    <message>
        <source>Budget: the monthly budget of %1 is spent (%2); stopped %3</source>
        <translation>Budget: Das Monatsbudget von %1 ist aufgebraucht (%2); gestoppt: %3</translation>
    </message>
    <message numerus="yes">
        <source>The sandbox expires in %n minute(s), at %1; the app stops then</source>
        <translation>
            <numerusform>Die Sandbox läuft in %n Minute ab, um %1; dann stoppt die App</numerusform>
            <numerusform>Die Sandbox läuft in %n Minuten ab, um %1; dann stoppt die App</numerusform>
        </translation>
    </message>
    <message>
        <source>price unknown for %1 (set it in Settings &gt; Budget &gt; Prices)</source>
        <translation>Preis unbekannt für %1 (unter Einstellungen &gt; Budget &gt; Preise festlegen)</translation>
    </message>
    <message numerus="yes">
        <source> + %n request(s) of unknown price</source>
        <translation>
            <numerusform> + %n Anfrage mit unbekanntem Preis</numerusform>
            <numerusform> + %n Anfragen mit unbekanntem Preis</numerusform>
        </translation>
    </message>
    <message>
        <source>  model %1: %2 tokens in, %3 out, %4 (session %5)</source>
        <translation>  Modell %1: %2 Tokens ein, %3 aus, %4 (Sitzung %5)</translation>
    </message>
    <message numerus="yes">
        <source>%1 is still running on E2B (sandbox %2: %3); SpawnAI keeps trying to stop it (next try in %n s)</source>
        <translation>
            <numerusform>%1 läuft noch bei E2B (Sandbox %2: %3); SpawnAI versucht weiter, sie zu stoppen (nächster Versuch in %n s)</numerusform>
            <numerusform>%1 läuft noch bei E2B (Sandbox %2: %3); SpawnAI versucht weiter, sie zu stoppen (nächster Versuch in %n s)</numerusform>
        </translation>
    </message>
    <message>
        <source>its timeout</source>
        <translation>ihr Zeitlimit</translation>
    </message>
    <message>
        <source>%1 is still running on E2B: E2B did not confirm the kill of its sandbox within 15 s, and the session keeps its status until it does. SpawnAI tries again every time the window or a spawnai command other than `costs` starts with the E2B key (E2B_API_KEY or the keychain), and while the window is open; `spawnai stop %1` tries again now. If nothing does, E2B ends it at %2.</source>
        <translation>%1 läuft noch bei E2B: E2B hat das Beenden ihrer Sandbox nicht innerhalb von 15 s bestätigt, und die Sitzung behält ihren Status, bis es das tut. SpawnAI versucht es erneut, jedes Mal wenn das Fenster oder ein spawnai-Befehl außer `costs` mit dem E2B-Schlüssel (E2B_API_KEY oder der Schlüsselbund) startet, und solange das Fenster offen ist; `spawnai stop %1` versucht es jetzt erneut. Tut das nichts, beendet E2B sie um %2.</translation>
    </message>
</context>
<context>
    <name>CliParser</name>
    <message>
        <source>--type is webapp, api, script or auto, not &quot;%1&quot;</source>
        <translation>--type ist webapp, api, script oder auto, nicht „%1“</translation>
    </message>
    <message>
        <source>--provider is anthropic or openai, not &quot;%1&quot;</source>
        <translation>--provider ist anthropic oder openai, nicht „%1“</translation>
    </message>
    <message>
        <source>--sandbox is local or e2b, not &quot;%1&quot;</source>
        <translation>--sandbox ist local oder e2b, nicht „%1“</translation>
    </message>
    <message>
        <source>%1 is a date, YYYY-MM-DD, not &quot;%2&quot;</source>
        <translation>%1 ist ein Datum, JJJJ-MM-TT, nicht „%2“</translation>
    </message>
    <message>
        <source>%1 is an amount in USD, not &quot;%2&quot;</source>
        <translation>%1 ist ein Betrag in USD, nicht „%2“</translation>
    </message>
    <message>
        <source>%1 needs a positive whole number</source>
        <translation>%1 braucht eine positive ganze Zahl</translation>
    </message>
    <message>
        <source>Unknown option %1 (see --help)</source>
        <translation>Unbekannte Option %1 (siehe --help)</translation>
    </message>
    <message>
        <source>Unexpected argument %1 (see --help)</source>
        <translation>Unerwartetes Argument %1 (siehe --help)</translation>
    </message>
    <message>
        <source>%1 needs a session id</source>
        <translation>%1 braucht eine Sitzungs-ID</translation>
    </message>
    <message>
        <source>spawn needs exactly one of &quot;PROMPT&quot;, --template NAME or --from-dir DIR</source>
        <translation>spawn braucht genau eines von &quot;PROMPT&quot;, --template NAME oder --from-dir ORDNER</translation>
    </message>
    <message>
        <source>--provider openai needs --model (the name your server knows, e.g. qwen2.5-coder)</source>
        <translation>--provider openai braucht --model (den Namen, den Ihr Server kennt, z. B. qwen2.5-coder)</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 braucht einen Wert</translation>
    </message>
    <message>
        <source>--minutes is for extend</source>
        <translation>--minutes gilt nur für extend</translation>
    </message>
    <message>
        <source>--port is a port number from 1 to 65535</source>
        <translation>--port ist eine Portnummer von 1 bis 65535</translation>
    </message>
    <message>
        <source>--purge is for delete</source>
        <translation>--purge gilt nur für delete</translation>
    </message>
    <message>
        <source>--port, --bind and --allow-remote are for serve</source>
        <translation>--port, --bind und --allow-remote gelten nur für serve</translation>
    </message>
    <message>
        <source>--rotate is for token</source>
        <translation>--rotate gilt nur für token</translation>
    </message>
    <message>
        <source>--detach is for spawn and redeploy</source>
        <translation>--detach gilt nur für spawn und redeploy</translation>
    </message>
    <message>
        <source>
For scripts and shell completion (one per line, nothing else):
  list --ids                 The session ids, newest first (at most --limit)
  list --templates           The names of the starter templates
</source>
        <translation>
Für Skripte und Shell-Vervollständigung (eins pro Zeile, sonst nichts):
  list --ids                 Die Sitzungs-IDs, die neueste zuerst (höchstens --limit)
  list --templates           Die Namen der Startvorlagen
</translation>
    </message>
    <message>
        <source>--detach cannot be used with --interactive</source>
        <translation>--detach kann nicht zusammen mit --interactive verwendet werden</translation>
    </message>
    <message>
        <source>--ids and --templates are for list</source>
        <translation>--ids und --templates gelten nur für list</translation>
    </message>
    <message>
        <source>list takes --ids or --templates, not both</source>
        <translation>list akzeptiert --ids oder --templates, nicht beide</translation>
    </message>
    <message>
        <source>A version is a number from 1 up, not &quot;%1&quot; (see spawnai show ID)</source>
        <translation>Eine Version ist eine Zahl ab 1, nicht „%1“ (siehe spawnai show ID)</translation>
    </message>
    <message>
        <source>--local is for models</source>
        <translation>--local gehört zu models</translation>
    </message>
    <message>
        <source>models needs --local: it lists the local servers&apos; models</source>
        <translation>models braucht --local: es listet die Modelle der lokalen Server</translation>
    </message>
    <message>
        <source>--stat is for diff</source>
        <translation>--stat gehört zu diff</translation>
    </message>
    <message>
        <source>Usage: spawnai [--data-dir DIR] [COMMAND] [OPTIONS]

Without a command, opens the SpawnAI desktop app (with --template NAME, deploying that template).

Commands:
  spawn &quot;PROMPT&quot;             Have a model write the app you describe, then deploy it
  spawn --template NAME      Deploy a starter template (static-site, express-api, python-script)
  spawn --from-dir DIR       Deploy a folder that has a spawnai.json
  list                       List sessions, newest first
  show ID                    Show a session, its timeline and the end of its log
  diff ID [A] [B] [--stat]   What changed from version A to B (default: the latest against the
                             one before; with A only, A against the latest), as a unified diff
  stop ID                    Stop a running session
  extend ID [--minutes N]    Give a running session&apos;s sandbox more time
  redeploy ID                Deploy a session&apos;s stored files again
  delete ID [--purge]        Stop a session; with --purge also erase it (costs stay counted)
  costs                      What models and sandboxes cost, and the budget&apos;s state
  serve                      Run SpawnAI headless and serve its API until Ctrl-C or SIGTERM
  token [--rotate]           Print the API token (--rotate: replace it first)
  models --local             The local model servers on this machine (Ollama, LM Studio,
                             llama.cpp) and their models, with size and context
  mcp                        Serve the Model Context Protocol on stdin/stdout, for AI agents
                             (Claude Code, Claude Desktop); uses or starts the host

spawn and redeploy stay in the foreground while the app runs; Ctrl-C stops it. With --detach
they go through the running host (spawnai serve, or the window) and return at once with the
session id; stop and extend go through it whenever one runs.

The API (serve):
  --port N                   The port (default: any free one; api.json in the data folder says which)
  --bind ADDR                The address (default: 127.0.0.1 and ::1)
  --allow-remote             Allow --bind to an address other machines can reach
  --detach                   spawn (a prompt, template or text-only folder), redeploy: through
                             the running host, return at once

Generation (spawn &quot;PROMPT&quot;):
  --type webapp|api|script|auto   The kind of app (default: auto, the model chooses)
  --provider anthropic|openai     Claude (key from the keychain, ANTHROPIC_API_KEY or CLAUDE_API_KEY)
                                  or an OpenAI-compatible server such as Ollama
  --model ID                 The model (default: the newest Sonnet; required for openai)
  --base-url URL             The server (default: ANTHROPIC_BASE_URL or Anthropic&apos;s;
                             http://localhost:11434/v1 for openai)
  --image FILE               A picture for the model (PNG, JPEG, WebP or GIF, at most 5 MB and
                             8000 pixels a side); repeatable
  --interactive              Each line on standard input changes the running app

Options:
  --sandbox local|e2b        Where the app runs (default: local)
  --internet                 Let the app reach the internet (default: off)
  --timeout SECONDS          How long a new sandbox runs (default: the session timeout variable,
                             else Settings&apos; lifetime, else 15 minutes); at most the plan&apos;s longest run
  --plan hobby|pro           The plan whose limits apply (default: E2B_PLAN, else Settings, else hobby)
  --log-level LEVEL          debug, info, warning or error (default: LOG_LEVEL, else warning)
  --limit N                  How many sessions list shows (default: 50)
  --minutes N                extend: N more minutes after its end (default: a new sandbox&apos;s lifetime);
                             never past the plan&apos;s longest run (1 hour hobby, 24 hours pro)
  --json                     Machine-readable output: one JSON object per line
  --data-dir DIR             Where the history lives (also SPAWNAI_DATA_DIR)
  -h, --help                 Show this help
  -v, --version              Show the version

Costs (all days in UTC):
  --since DATE               The first day to add up, YYYY-MM-DD (default: this month&apos;s first)
  --until DATE               The last day, included (default: this month&apos;s last)
  --budget-month USD         The monthly budget (default: SPAWNAI_BUDGET_MONTH, else Settings)
  --budget-session USD       The per-session limit (default: SPAWNAI_BUDGET_SESSION, else Settings)

Environment (a flag wins over it; it wins over Settings):
  E2B_PLAN=hobby|pro              The plan
  DEFAULT_SESSION_TIMEOUT_MS=MS   How long a new sandbox runs on hobby (at most 3600000, 1 hour)
  PRO_SESSION_TIMEOUT_MS=MS       The same on pro (at most 86400000, 24 hours)
  MAX_CONCURRENT_SESSIONS=N       How many sessions run at once (at most 20 hobby, 100 pro)
  LOG_LEVEL=LEVEL                 debug, info, warning or error: diagnostics on standard error
  SPAWNAI_BUDGET_MONTH=USD        The monthly budget
  SPAWNAI_BUDGET_SESSION=USD      The per-session limit
A value that is not a number or a known word, or more than the plan allows, is refused (exit code 2).

Exit codes: 0 ok, 1 the session failed, 2 wrong usage, 3 not found, 4 cannot run here,
5 stop, delete: the E2B sandbox still runs (E2B did not confirm the kill).
</source>
        <translation>Aufruf: spawnai [--data-dir ORDNER] [BEFEHL] [OPTIONEN]

Ohne Befehl öffnet sich die SpawnAI-Desktop-App (mit --template NAME, die diese Vorlage bereitstellt).

Befehle:
  spawn &quot;PROMPT&quot;             Ein Modell die beschriebene App schreiben lassen und sie dann bereitstellen
  spawn --template NAME      Eine Startvorlage bereitstellen (static-site, express-api, python-script)
  spawn --from-dir ORDNER    Einen Ordner mit einer spawnai.json bereitstellen
  list                       Sitzungen auflisten, die neueste zuerst
  show ID                    Eine Sitzung zeigen, ihren Ablauf und das Ende ihres Protokolls
  diff ID [A] [B] [--stat]   Was sich von Version A zu B geändert hat (Vorgabe: die neueste gegen die
                             davor; nur mit A: A gegen die neueste), als Unified Diff
  stop ID                    Eine laufende Sitzung stoppen
  extend ID [--minutes N]    Der Sandbox einer laufenden Sitzung mehr Zeit geben
  redeploy ID                Die gespeicherten Dateien einer Sitzung erneut bereitstellen
  delete ID [--purge]        Eine Sitzung stoppen; mit --purge auch löschen (Kosten bleiben mitgezählt)
  costs                      Was Modelle und Sandboxes kosten, und der Stand des Budgets
  serve                      SpawnAI ohne Fenster ausführen und seine API anbieten, bis Strg-C oder SIGTERM
  token [--rotate]           Das API-Token ausgeben (--rotate: es vorher ersetzen)
  models --local             Die lokalen Modellserver auf diesem Rechner (Ollama, LM Studio,
                             llama.cpp) und ihre Modelle, mit Größe und Kontext
  mcp                        Das Model Context Protocol auf stdin/stdout anbieten, für KI-Agenten
                             (Claude Code, Claude Desktop); nutzt den Host oder startet ihn

spawn und redeploy bleiben im Vordergrund, solange die App läuft; Strg-C stoppt sie. Mit --detach
gehen sie über den laufenden Host (spawnai serve oder das Fenster) und kehren sofort mit der
Sitzungs-ID zurück; stop und extend gehen über ihn, wann immer einer läuft.

Die API (serve):
  --port N                   Der Port (Standard: ein beliebiger freier; api.json im Datenordner nennt ihn)
  --bind ADRESSE             Die Adresse (Standard: 127.0.0.1 und ::1)
  --allow-remote             --bind an eine Adresse erlauben, die andere Rechner erreichen können
  --detach                   spawn (Prompt, Vorlage oder Ordner nur mit Textdateien), redeploy:
                             über den laufenden Host, sofort zurückkehren

Generierung (spawn &quot;PROMPT&quot;):
  --type webapp|api|script|auto   Die Art der App (Standard: auto, das Modell wählt)
  --provider anthropic|openai     Claude (Schlüssel aus dem Schlüsselbund, ANTHROPIC_API_KEY oder CLAUDE_API_KEY)
                                  oder ein OpenAI-kompatibler Server wie Ollama
  --model ID                 Das Modell (Standard: das neueste Sonnet; für openai erforderlich)
  --base-url URL             Der Server (Standard: ANTHROPIC_BASE_URL oder der von Anthropic;
                             http://localhost:11434/v1 für openai)
  --image DATEI              Ein Bild für das Modell (PNG, JPEG, WebP oder GIF, höchstens 5 MB und
                             8000 Pixel je Seite); mehrfach möglich
  --interactive              Jede Zeile auf der Standardeingabe ändert die laufende App

Optionen:
  --sandbox local|e2b        Wo die App läuft (Standard: local)
  --internet                 Der App Zugriff auf das Internet erlauben (Standard: aus)
  --timeout SEKUNDEN         Wie lange eine neue Sandbox läuft (Standard: die Variable der Sitzungsdauer,
                             sonst die Lebensdauer aus den Einstellungen, sonst 15 Minuten); höchstens die längste Laufzeit des Tarifs
  --plan hobby|pro           Der Tarif, dessen Limits gelten (Standard: E2B_PLAN, sonst Einstellungen, sonst hobby)
  --log-level STUFE          debug, info, warning oder error (Standard: LOG_LEVEL, sonst warning)
  --limit N                  Wie viele Sitzungen list zeigt (Standard: 50)
  --minutes N                extend: N Minuten mehr nach ihrem Ende (Standard: die Lebensdauer einer neuen Sandbox);
                             nie über die längste Laufzeit des Tarifs hinaus (1 Stunde hobby, 24 Stunden pro)
  --json                     Maschinenlesbare Ausgabe: ein JSON-Objekt pro Zeile
  --data-dir ORDNER          Wo der Verlauf liegt (auch SPAWNAI_DATA_DIR)
  -h, --help                 Diese Hilfe zeigen
  -v, --version              Die Version zeigen

Kosten (alle Tage in UTC):
  --since DATUM              Der erste mitgezählte Tag, JJJJ-MM-TT (Standard: der Erste dieses Monats)
  --until DATUM              Der letzte Tag, einschließlich (Standard: der Letzte dieses Monats)
  --budget-month USD         Das Monatsbudget (Standard: SPAWNAI_BUDGET_MONTH, sonst Einstellungen)
  --budget-session USD       Das Limit pro Sitzung (Standard: SPAWNAI_BUDGET_SESSION, sonst Einstellungen)

Umgebung (eine Option geht ihr vor; sie geht den Einstellungen vor):
  E2B_PLAN=hobby|pro              Der Tarif
  DEFAULT_SESSION_TIMEOUT_MS=MS   Wie lange eine neue Sandbox bei hobby läuft (höchstens 3600000, 1 Stunde)
  PRO_SESSION_TIMEOUT_MS=MS       Dasselbe bei pro (höchstens 86400000, 24 Stunden)
  MAX_CONCURRENT_SESSIONS=N       Wie viele Sitzungen gleichzeitig laufen (höchstens 20 hobby, 100 pro)
  LOG_LEVEL=STUFE                 debug, info, warning oder error: Diagnose auf der Standardfehlerausgabe
  SPAWNAI_BUDGET_MONTH=USD        Das Monatsbudget
  SPAWNAI_BUDGET_SESSION=USD      Das Limit pro Sitzung
Ein Wert, der keine Zahl und kein bekanntes Wort ist oder mehr als der Tarif erlaubt, wird abgelehnt (Exit-Code 2).

Exit-Codes: 0 in Ordnung, 1 die Sitzung ist fehlgeschlagen, 2 falscher Aufruf, 3 nicht gefunden, 4 hier nicht ausführbar,
5 stop, delete: die E2B-Sandbox läuft noch (E2B hat das Beenden nicht bestätigt).
</translation>
    </message>
    <message>
        <source>--image goes with spawn &quot;PROMPT&quot;</source>
        <translation>--image gehört zu spawn &quot;PROMPT&quot;</translation>
    </message>
    <message>
        <source>
The app&apos;s environment (secrets such as an API key it calls; only the names are stored,
the values stay in the OS keychain and reach only the app&apos;s own process):
  spawn --env NAME=VALUE     Give the app a variable; repeatable. --env NAME takes the value
                             from this environment (keeps it out of the shell history)
  spawn --env-from-keychain NAME   The value saved with secret set NAME; repeatable
  secret set NAME            Save a value for --env-from-keychain, read from standard input
  secret remove NAME         Remove it
</source>
        <translation>
Die Umgebung der App (Geheimnisse wie ein API-Schlüssel, den sie nutzt; gespeichert werden nur
die Namen, die Werte bleiben im Schlüsselbund und erreichen nur den Prozess der App):
  spawn --env NAME=WERT      Gibt der App eine Variable; wiederholbar. --env NAME nimmt den Wert
                             aus dieser Umgebung (hält ihn aus dem Shell-Verlauf heraus)
  spawn --env-from-keychain NAME   Der mit secret set NAME gespeicherte Wert; wiederholbar
  secret set NAME            Speichert einen Wert für --env-from-keychain, von der Standardeingabe
  secret remove NAME         Entfernt ihn
</translation>
    </message>
    <message>
        <source>secret takes set NAME or remove NAME</source>
        <translation>secret erwartet set NAME oder remove NAME</translation>
    </message>
    <message>
        <source>--env and --env-from-keychain are for spawn</source>
        <translation>--env und --env-from-keychain gelten nur für spawn</translation>
    </message>
    <message>
        <source>--env-from-keychain cannot be used with --detach: use --env NAME</source>
        <translation>--env-from-keychain geht nicht mit --detach: nutzen Sie --env NAME</translation>
    </message>
    <message>
        <source>--allow-scripts is for spawn and redeploy</source>
        <translation>--allow-scripts gilt nur für spawn und redeploy</translation>
    </message>
    <message>
        <source>--allow-scripts cannot be used with redeploy --detach</source>
        <translation>--allow-scripts kann nicht mit redeploy --detach verwendet werden</translation>
    </message>
    <message>
        <source>--allow-scripts: %1</source>
        <translation>--allow-scripts: %1</translation>
    </message>
    <message>
        <source>
Install scripts (npm runs no package&apos;s install scripts, pip installs wheels only):
  spawn|redeploy --allow-scripts NAME[,NAME]   Run the install scripts of these npm packages
                             and let these pip packages build from source, when the app&apos;s
                             spawnai.json asks for them (install.npmScripts, install.pipSource);
                             kept with the session for its follow-ups and redeploys
</source>
        <translation>
Installationsskripte (npm führt keine Installationsskripte von Paketen aus, pip installiert nur Wheels):
  spawn|redeploy --allow-scripts NAME[,NAME]   Die Installationsskripte dieser npm-Pakete ausführen
                             und diese pip-Pakete aus dem Quelltext bauen lassen, wenn die
                             spawnai.json der App sie verlangt (install.npmScripts, install.pipSource);
                             gilt für die Sitzung, ihre Änderungen und Neubereitstellungen
</translation>
    </message>
</context>
<context>
    <name>CloudSandboxStop</name>
    <message numerus="yes">
        <source>Still running on E2B: the kill of sandbox %1 was not confirmed (%2). SpawnAI keeps trying to stop it (next try in %n s).</source>
        <translation>
            <numerusform>Läuft noch bei E2B: Das Beenden der Sandbox %1 wurde nicht bestätigt (%2). SpawnAI versucht weiter, sie zu stoppen (nächster Versuch in %n s).</numerusform>
            <numerusform>Läuft noch bei E2B: Das Beenden der Sandbox %1 wurde nicht bestätigt (%2). SpawnAI versucht weiter, sie zu stoppen (nächster Versuch in %n s).</numerusform>
        </translation>
    </message>
    <message>
        <source>E2B confirmed the sandbox ended at %1</source>
        <translation>E2B hat bestätigt, dass die Sandbox um %1 beendet wurde</translation>
    </message>
    <message>
        <source>The sandbox reached its end at %1, when E2B ends it</source>
        <translation>Die Sandbox hat um %1 ihr Ende erreicht, zu dem E2B sie beendet</translation>
    </message>
</context>
<context>
    <name>CloudSandboxes</name>
    <message>
        <source>SpawnAI closed</source>
        <translation>SpawnAI wurde geschlossen</translation>
    </message>
    <message>
        <source>the sandbox kept running reached its end</source>
        <translation>die weiterlaufende Sandbox hat ihr Ende erreicht</translation>
    </message>
    <message numerus="yes">
        <source>%n E2B sandbox(es) of this session (%1) were made with another E2B key than the one SpawnAI uses now, and only that key can reach them: set it again in Settings or in E2B_API_KEY. Until then E2B ends them at their end.</source>
        <translation>
            <numerusform>%n E2B-Sandbox dieser Sitzung (%1) wurde mit einem anderen E2B-Schlüssel erstellt als dem, den SpawnAI jetzt verwendet, und nur dieser Schlüssel erreicht sie: Setzen Sie ihn wieder in den Einstellungen oder in E2B_API_KEY. Bis dahin beendet E2B sie an ihrem Ende.</numerusform>
            <numerusform>%n E2B-Sandboxen dieser Sitzung (%1) wurden mit einem anderen E2B-Schlüssel erstellt als dem, den SpawnAI jetzt verwendet, und nur dieser Schlüssel erreicht sie: Setzen Sie ihn wieder in den Einstellungen oder in E2B_API_KEY. Bis dahin beendet E2B sie an ihrem Ende.</numerusform>
        </translation>
    </message>
    <message>
        <source>E2B no longer runs the sandbox kept running: it was found gone at %1, before its end at %2</source>
        <translation>E2B führt die weiterlaufende Sandbox nicht mehr aus: Sie war um %1 beendet, vor ihrem Ende um %2</translation>
    </message>
</context>
<context>
    <name>CodeEditor</name>
    <message>
        <source>File contents</source>
        <translation>Dateiinhalt</translation>
    </message>
    <message numerus="yes">
        <source>(a binary file of %n byte(s); it cannot be edited here)</source>
        <translation>
            <numerusform>(eine Binärdatei mit %n Byte; sie kann hier nicht bearbeitet werden)</numerusform>
            <numerusform>(eine Binärdatei mit %n Bytes; sie kann hier nicht bearbeitet werden)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandFailure</name>
    <message>
        <source>%1 timed out after %2</source>
        <translation>%1 nach %2 abgebrochen (Zeitüberschreitung)</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 failed with exit code %2</source>
        <translation>%1 fehlgeschlagen mit Exit-Code %2</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
</context>
<context>
    <name>ConnectError</name>
    <message>
        <source>the end of the stream is not JSON</source>
        <translation>das Ende des Streams ist kein JSON</translation>
    </message>
    <message>
        <source>Could not %1: the E2B sandbox is gone (it probably timed out)</source>
        <translation>„%1“ ist nicht gelungen: Die E2B-Sandbox ist nicht mehr da (vermutlich ist ihre Zeit abgelaufen)</translation>
    </message>
    <message>
        <source>Could not %1: the sandbox refused SpawnAI&apos;s access token (%2)</source>
        <translation>„%1“ ist nicht gelungen: Die Sandbox hat das Zugriffstoken von SpawnAI abgelehnt (%2)</translation>
    </message>
    <message>
        <source>Could not %1: it ran out of time (%2)</source>
        <translation>„%1“ ist nicht gelungen: Die Zeit ist abgelaufen (%2)</translation>
    </message>
    <message>
        <source>Could not %1: the sandbox ran out of resources (%2)</source>
        <translation>„%1“ ist nicht gelungen: Die Sandbox hat keine Ressourcen mehr (%2)</translation>
    </message>
    <message>
        <source>Could not %1: the E2B sandbox is not reachable (%2)</source>
        <translation>„%1“ ist nicht gelungen: Die E2B-Sandbox ist nicht erreichbar (%2)</translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation>„%1“ ist nicht gelungen: %2</translation>
    </message>
    <message>
        <source>Could not %1: E2B answered %2 (%3)</source>
        <translation>„%1“ ist nicht gelungen: E2B antwortete %2 (%3)</translation>
    </message>
</context>
<context>
    <name>ConnectFrameParser</name>
    <message>
        <source>a compressed frame, which was not asked for</source>
        <translation>ein komprimierter Frame, der nicht angefordert wurde</translation>
    </message>
    <message>
        <source>a frame of %1 bytes, more than the %2 allowed</source>
        <translation>ein Frame mit %1 Byte, mehr als die erlaubten %2</translation>
    </message>
    <message>
        <source>data after the end of the stream</source>
        <translation>Daten nach dem Ende des Streams</translation>
    </message>
</context>
<context>
    <name>ConnectionCheck</name>
    <message>
        <source>Testing the connection…</source>
        <translation>Verbindung wird getestet …</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n model(s) available.</source>
        <translation>
            <numerusform>Verbunden: %n Modell verfügbar.</numerusform>
            <numerusform>Verbunden: %n Modelle verfügbar.</numerusform>
        </translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation>Der Test wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The connection failed: %1</source>
        <translation>Die Verbindung ist fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n model(s) available. No price is known for %1: set one in Settings &gt; Budget &gt; Prices before using it.</source>
        <translation>
            <numerusform>Verbunden: %n Modell verfügbar. Für %1 ist kein Preis bekannt: Legen Sie einen unter Einstellungen &gt; Budget &gt; Preise fest, bevor Sie es verwenden.</numerusform>
            <numerusform>Verbunden: %n Modelle verfügbar. Für %1 ist kein Preis bekannt: Legen Sie einen unter Einstellungen &gt; Budget &gt; Preise fest, bevor Sie es verwenden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CostDashboard</name>
    <message>
        <source>Costs</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Sessions and what they cost</source>
        <translation>Sitzungen und ihre Kosten</translation>
    </message>
    <message>
        <source>Export table…</source>
        <translation>Tabelle exportieren …</translation>
    </message>
    <message>
        <source>Export daily series…</source>
        <translation>Tageswerte exportieren …</translation>
    </message>
    <message>
        <source>Export the sessions</source>
        <translation>Die Sitzungen exportieren</translation>
    </message>
    <message>
        <source>Export the daily series</source>
        <translation>Die Tageswerte exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Set &amp;prices…</source>
        <translation>&amp;Preise festlegen…</translation>
    </message>
    <message>
        <source>Set the prices of models without one</source>
        <translation>Die Preise von Modellen ohne Preis festlegen</translation>
    </message>
    <message>
        <source>%1 (%2 tokens in, %3 out)</source>
        <translation>%1 (%2 Tokens ein, %3 aus)</translation>
    </message>
    <message numerus="yes">
        <source>Not in the total: %n request(s) at an unknown price to %1.</source>
        <translation>
            <numerusform>Nicht in der Summe: %n Anfrage mit unbekanntem Preis an %1.</numerusform>
            <numerusform>Nicht in der Summe: %n Anfragen mit unbekanntem Preis an %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %2× (%n session(s))</source>
        <translation>
            <numerusform>%1 %2× (%n Sitzung)</numerusform>
            <numerusform>%1 %2× (%n Sitzungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimates: no ended session with an estimate in this period.</source>
        <translation>Schätzungen: keine beendete Sitzung mit einer Schätzung in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>What sessions cost against their estimate (median): %1.</source>
        <translation>Was Sitzungen im Vergleich zu ihrer Schätzung kosteten (Median): %1.</translation>
    </message>
    <message>
        <source>Close the costs</source>
        <translation>Die Kosten schließen</translation>
    </message>
    <message>
        <source>%1 in this period: models %2 (%3, %4 tokens in, %5 out), sandboxes %6 (%7, %8 allocated).</source>
        <translation>%1 in diesem Zeitraum: Modelle %2 (%3, %4 Token hinein, %5 heraus), Sandboxes %6 (%7, %8 zugeteilt).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln Anfrage</numerusform>
            <numerusform>%Ln Anfragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln run(s)</source>
        <translation>
            <numerusform>%Ln Lauf</numerusform>
            <numerusform>%Ln Läufe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln vCPU-second(s)</source>
        <translation>
            <numerusform>%Ln vCPU-Sekunde</numerusform>
            <numerusform>%Ln vCPU-Sekunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CostEstimator</name>
    <message numerus="yes">
        <source>, plus about %1 for %n minute(s) of the cloud sandbox</source>
        <translation>
            <numerusform>, dazu etwa %1 für %n Minute der Cloud-Sandbox</numerusform>
            <numerusform>, dazu etwa %1 für %n Minuten der Cloud-Sandbox</numerusform>
        </translation>
    </message>
    <message>
        <source>price unknown for %1: its requests would not be counted</source>
        <translation>Preis unbekannt für %1: seine Anfragen würden nicht gezählt</translation>
    </message>
    <message>
        <source>the model is free (your own server)</source>
        <translation>das Modell ist kostenlos (Ihr eigener Server)</translation>
    </message>
    <message>
        <source>price unknown for %1: with your budget set, it is refused until it has a price</source>
        <translation>Preis unbekannt für %1: Solange ein Budget gesetzt ist, wird es abgelehnt, bis es einen Preis hat</translation>
    </message>
    <message>
        <source>the model is free (your price of $0)</source>
        <translation>das Modell ist kostenlos (Ihr Preis von 0 $)</translation>
    </message>
    <message>
        <source>about %1 (a first guess)</source>
        <translation>etwa %1 (eine erste Schätzung)</translation>
    </message>
    <message>
        <source>up to %1 (usually about %2 for changes like this)</source>
        <translation>bis zu %1 (meist etwa %2 für Änderungen wie diese)</translation>
    </message>
    <message>
        <source>up to %1 (usually about %2 for apps like this)</source>
        <translation>bis zu %1 (meist etwa %2 für Apps wie diese)</translation>
    </message>
</context>
<context>
    <name>CostSessionModel</name>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Model cost</source>
        <translation>Modellkosten</translation>
    </message>
    <message>
        <source>Sandbox cost</source>
        <translation>Sandbox-Kosten</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Tokens in</source>
        <translation>Tokens ein</translation>
    </message>
    <message>
        <source>Tokens out</source>
        <translation>Tokens aus</translation>
    </message>
    <message>
        <source>Repairs</source>
        <translation>Reparaturen</translation>
    </message>
    <message>
        <source>(deleted session)</source>
        <translation>(gelöschte Sitzung)</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <source>E2B cloud</source>
        <translation>E2B-Cloud</translation>
    </message>
</context>
<context>
    <name>CostTracker</name>
    <message>
        <source>Could not add up the costs</source>
        <translation>Die Kosten konnten nicht zusammengezählt werden</translation>
    </message>
</context>
<context>
    <name>CostsCommand</name>
    <message>
        <source>--since %1 is after --until %2</source>
        <translation>--since %1 liegt nach --until %2</translation>
    </message>
    <message>
        <source>  (nothing)</source>
        <translation>  (nichts)</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>GESAMT</translation>
    </message>
    <message>
        <source>MODELS</source>
        <translation>MODELLE</translation>
    </message>
    <message>
        <source>SANDBOXES</source>
        <translation>SANDBOXES</translation>
    </message>
    <message>
        <source>TOKENS IN</source>
        <translation>TOKENS EIN</translation>
    </message>
    <message>
        <source>TOKENS OUT</source>
        <translation>TOKENS AUS</translation>
    </message>
    <message>
        <source>Costs from %1 to %2 (UTC)</source>
        <translation>Kosten vom %1 bis %2 (UTC)</translation>
    </message>
    <message>
        <source>Total     %1 = models %2 + sandboxes %3</source>
        <translation>Gesamt    %1 = Modelle %2 + Sandboxes %3</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>Nach Tag</translation>
    </message>
    <message>
        <source>By model</source>
        <translation>Nach Modell</translation>
    </message>
    <message>
        <source>By provider</source>
        <translation>Nach Anbieter</translation>
    </message>
    <message>
        <source>By sandbox kind</source>
        <translation>Nach Art der Sandbox</translation>
    </message>
    <message>
        <source>Budget    %1 of %2 spent in %3 (%4 %), %5 left</source>
        <translation>Budget    %1 von %2 ausgegeben im %3 (%4 %), %5 übrig</translation>
    </message>
    <message>
        <source>Session   at most %1 each</source>
        <translation>Sitzung   höchstens %1 pro Sitzung</translation>
    </message>
    <message>
        <source>(from %1)</source>
        <translation>(aus %1)</translation>
    </message>
    <message>
        <source>(from Settings &gt; Budget)</source>
        <translation>(aus Einstellungen &gt; Budget)</translation>
    </message>
    <message numerus="yes">
        <source>Unpriced  %n request(s) to %1 (%2 tokens in, %3 out) are not in the total: set the model&apos;s price in Settings &gt; Budget &gt; Prices</source>
        <translation>
            <numerusform>Ohne Preis %n Anfrage an %1 (%2 Tokens ein, %3 aus) ist nicht in der Summe: Legen Sie den Preis des Modells unter Einstellungen &gt; Budget &gt; Preise fest</numerusform>
            <numerusform>Ohne Preis %n Anfragen an %1 (%2 Tokens ein, %3 aus) sind nicht in der Summe: Legen Sie den Preis des Modells unter Einstellungen &gt; Budget &gt; Preise fest</numerusform>
        </translation>
    </message>
    <message>
        <source>Budget    none set (%1 spent in %2; Settings &gt; Budget, SPAWNAI_BUDGET_MONTH or --budget-month USD sets one)</source>
        <translation>Budget    keines festgelegt (%1 ausgegeben im %2; Einstellungen &gt; Budget, SPAWNAI_BUDGET_MONTH oder --budget-month USD legt eines fest)</translation>
    </message>
    <message>
        <source>Models    %1, %2 tokens in, %3 tokens out</source>
        <translation>Modelle   %1, %2 Token hinein, %3 Token heraus</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n Anfrage</numerusform>
            <numerusform>%n Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>Sandboxes %1, %2 vCPU-seconds and %3 GB-seconds of memory allocated</source>
        <translation>Sandboxes %1, %2 vCPU-Sekunden und %3 GB-Sekunden Speicher zugeteilt</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n Lauf</numerusform>
            <numerusform>%n Läufe</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountTokens</name>
    <message>
        <source>%1 cannot count tokens: not supported</source>
        <translation>%1 kann keine Tokens zählen: nicht unterstützt</translation>
    </message>
    <message>
        <source>no input_tokens in the answer</source>
        <translation>kein input_tokens in der Antwort</translation>
    </message>
</context>
<context>
    <name>CrashReconciler</name>
    <message>
        <source>SpawnAI closed while this session was running; its local sandbox is gone.</source>
        <translation>SpawnAI wurde geschlossen, während diese Sitzung lief; ihre lokale Sandbox ist nicht mehr da.</translation>
    </message>
    <message>
        <source>Its files are kept: run `spawnai redeploy %1` to start it again.</source>
        <translation>Ihre Dateien bleiben erhalten: Führen Sie `spawnai redeploy %1` aus, um sie wieder zu starten.</translation>
    </message>
    <message>
        <source>No app had been saved yet, so there is nothing to redeploy: `spawnai show %1` shows its prompt, to spawn it again.</source>
        <translation>Es war noch keine App gespeichert, daher gibt es nichts neu bereitzustellen: `spawnai show %1` zeigt ihren Prompt, um sie erneut zu starten.</translation>
    </message>
    <message>
        <source>SpawnAI closed while this session was running; its %1 sandbox is gone.</source>
        <translation>SpawnAI wurde geschlossen, während diese Sitzung lief; ihre %1-Sandbox ist beendet.</translation>
    </message>
    <message>
        <source>SpawnAI closed while this session was running; its %1 sandbox ran on until SpawnAI ended it at %2.</source>
        <translation>SpawnAI wurde geschlossen, während diese Sitzung lief; ihre %1-Sandbox lief weiter, bis SpawnAI sie um %2 beendete.</translation>
    </message>
    <message>
        <source>SpawnAI closed while this session was running; its %1 sandbox ran on until it ended at %2.</source>
        <translation>SpawnAI wurde geschlossen, während diese Sitzung lief; ihre %1-Sandbox lief weiter, bis sie um %2 endete.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Could not open the session history at %1</source>
        <translation>Der Sitzungsverlauf unter %1 konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>The schema history is malformed: step %1 is numbered %2</source>
        <translation>Die Schema-Historie ist fehlerhaft: Schritt %1 trägt die Nummer %2</translation>
    </message>
    <message>
        <source>Could not prepare the session history at %1 (%2)</source>
        <translation>Der Sitzungsverlauf unter %1 konnte nicht vorbereitet werden (%2)</translation>
    </message>
    <message>
        <source>The session history at %1 cannot use write-ahead logging (journal mode is %2)</source>
        <translation>Der Sitzungsverlauf unter %1 kann kein Write-Ahead-Logging verwenden (Journal-Modus ist %2)</translation>
    </message>
    <message>
        <source>Could not read the schema version of %1</source>
        <translation>Die Schema-Version von %1 konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>The session history at %1 was written by a newer SpawnAI (schema %2, this version knows up to %3). Update SpawnAI to open it.</source>
        <translation>Der Sitzungsverlauf unter %1 wurde von einem neueren SpawnAI geschrieben (Schema %2, diese Version kennt bis %3). Aktualisieren Sie SpawnAI, um ihn zu öffnen.</translation>
    </message>
    <message>
        <source>Upgrading the session history at %1 to %2 failed; the file was left as it was</source>
        <translation>Die Aktualisierung des Sitzungsverlaufs unter %1 auf %2 ist fehlgeschlagen; die Datei blieb unverändert</translation>
    </message>
</context>
<context>
    <name>DateRangePicker</name>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
</context>
<context>
    <name>DefaultsPage</name>
    <message>
        <source>New apps</source>
        <translation>Neue Apps</translation>
    </message>
    <message>
        <source>Default model provider</source>
        <translation>Voreingestellter Modellanbieter</translation>
    </message>
    <message>
        <source>Claude</source>
        <translation>Claude</translation>
    </message>
    <message>
        <source>OpenAI-compatible server</source>
        <translation>OpenAI-kompatibler Server</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Anbieter:</translation>
    </message>
    <message>
        <source>Default model</source>
        <translation>Voreingestelltes Modell</translation>
    </message>
    <message>
        <source>Default model name</source>
        <translation>Name des voreingestellten Modells</translation>
    </message>
    <message>
        <source>the provider&apos;s default</source>
        <translation>die Voreinstellung des Anbieters</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>Most tokens an answer may take</source>
        <translation>Höchstzahl an Tokens für eine Antwort</translation>
    </message>
    <message>
        <source>Answer &amp;limit (tokens):</source>
        <translation>Antwort&amp;limit (Tokens):</translation>
    </message>
    <message>
        <source>Default app type</source>
        <translation>Voreingestellte Art der App</translation>
    </message>
    <message>
        <source>Let the model choose</source>
        <translation>Das Modell wählen lassen</translation>
    </message>
    <message>
        <source>Web app</source>
        <translation>Web-App</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Skript</translation>
    </message>
    <message>
        <source>App &amp;type:</source>
        <translation>Art der A&amp;pp:</translation>
    </message>
    <message>
        <source>New apps may reach the &amp;internet</source>
        <translation>Neue Apps dürfen das &amp;Internet erreichen</translation>
    </message>
    <message>
        <source>Internet access for new apps</source>
        <translation>Internetzugang für neue Apps</translation>
    </message>
    <message>
        <source>Sandboxes</source>
        <translation>Sandboxes</translation>
    </message>
    <message>
        <source>Default sandbox</source>
        <translation>Voreingestellte Sandbox</translation>
    </message>
    <message>
        <source>Local (this computer, free)</source>
        <translation>Lokal (dieser Computer, kostenlos)</translation>
    </message>
    <message>
        <source>E2B (cloud)</source>
        <translation>E2B (Cloud)</translation>
    </message>
    <message>
        <source>&amp;Sandbox:</source>
        <translation>&amp;Sandbox:</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Hobby: 20 apps at once, 1 hour each</source>
        <translation>Hobby: 20 Apps gleichzeitig, je 1 Stunde</translation>
    </message>
    <message>
        <source>Pro: 100 apps at once, up to 24 hours each</source>
        <translation>Pro: 100 Apps gleichzeitig, je bis zu 24 Stunden</translation>
    </message>
    <message>
        <source>Memory per local sandbox in MiB</source>
        <translation>Speicher pro lokaler Sandbox in MiB</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Most processes per local sandbox</source>
        <translation>Höchstzahl an Prozessen pro lokaler Sandbox</translation>
    </message>
    <message>
        <source>P&amp;rocesses per sandbox:</source>
        <translation>Pro&amp;zesse pro Sandbox:</translation>
    </message>
    <message>
        <source>CPU per local sandbox in percent of one core</source>
        <translation>CPU pro lokaler Sandbox in Prozent eines Kerns</translation>
    </message>
    <message>
        <source> % of a core</source>
        <translation> % eines Kerns</translation>
    </message>
    <message>
        <source>&amp;CPU per sandbox:</source>
        <translation>CP&amp;U pro Sandbox:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Die Sprache des Systems</translation>
    </message>
    <message>
        <source>A new language shows the next time SpawnAI starts.</source>
        <translation>Eine neue Sprache erscheint beim nächsten Start von SpawnAI.</translation>
    </message>
    <message>
        <source>Pl&amp;an:</source>
        <translation>Ta&amp;rif:</translation>
    </message>
    <message>
        <source>M&amp;emory per sandbox:</source>
        <translation>Spei&amp;cher pro Sandbox:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Sprac&amp;he:</translation>
    </message>
    <message>
        <source>E2B cloud sandboxes</source>
        <translation>E2B-Cloud-Sandboxes</translation>
    </message>
    <message>
        <source>E2B template</source>
        <translation>E2B-Vorlage</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Vorlage:</translation>
    </message>
    <message>
        <source>Private pre&amp;views (only SpawnAI can open them)</source>
        <translation>Private &amp;Vorschauen (nur SpawnAI kann sie öffnen)</translation>
    </message>
    <message>
        <source>Private previews of E2B sandboxes</source>
        <translation>Private Vorschauen der E2B-Sandboxes</translation>
    </message>
    <message>
        <source>&amp;Keep them running when SpawnAI quits</source>
        <translation>Beim Beenden von SpawnAI &amp;weiterlaufen lassen</translation>
    </message>
    <message>
        <source>Keep E2B sandboxes running when SpawnAI quits</source>
        <translation>E2B-Sandboxes beim Beenden von SpawnAI weiterlaufen lassen</translation>
    </message>
    <message>
        <source>Lifetime of a new app in minutes</source>
        <translation>Lebensdauer einer neuen App in Minuten</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>How long a new sandbox runs. Extend adds as much again, and so does the window by itself while it shows the app, up to the plan&apos;s longest run (1 hour on Hobby, 24 on Pro). DEFAULT_SESSION_TIMEOUT_MS, PRO_SESSION_TIMEOUT_MS and --timeout win over it.</source>
        <translation>Wie lange eine neue Sandbox läuft. Verlängern fügt noch einmal so viel hinzu, und das Fenster tut es von selbst, solange es die App zeigt, bis zur längsten Laufzeit des Tarifs (1 Stunde bei Hobby, 24 bei Pro). DEFAULT_SESSION_TIMEOUT_MS, PRO_SESSION_TIMEOUT_MS und --timeout gehen vor.</translation>
    </message>
    <message>
        <source>Li&amp;fetime of a new app:</source>
        <translation>Lebens&amp;dauer einer neuen App:</translation>
    </message>
    <message>
        <source>The template and private previews apply to the next app deployed on E2B. E2B cannot make a running app private or public: redeploy it for that.</source>
        <translation>Die Vorlage und private Vorschauen gelten für die nächste bei E2B bereitgestellte App. E2B kann eine laufende App nicht privat oder öffentlich machen: Stellen Sie sie dafür erneut bereit.</translation>
    </message>
    <message>
        <source>Changes apply at once. The plan and the lifetime of a new app also reach apps already running: how much Extend adds and how far it can go. The rest, the E2B template and private previews among it, applies to the next app you start.</source>
        <translation>Änderungen gelten sofort. Der Tarif und die Lebensdauer einer neuen App gelten auch für bereits laufende Apps: wie viel Verlängern hinzufügt und wie weit es gehen kann. Der Rest, darunter die E2B-Vorlage und private Vorschauen, gilt für die nächste App, die Sie starten.</translation>
    </message>
    <message>
        <source>Fix &amp;preview errors automatically</source>
        <translation>&amp;Fehler der Vorschau selbst beheben lassen</translation>
    </message>
    <message>
        <source>Ask the model to fix the preview&apos;s errors by itself</source>
        <translation>Das Modell die Fehler der Vorschau von selbst beheben lassen</translation>
    </message>
    <message>
        <source>Once per version and at most twice in a row; each request counts against the budget</source>
        <translation>Einmal je Version und höchstens zweimal nacheinander; jede Anfrage zählt gegen das Budget</translation>
    </message>
    <message>
        <source>Minimum age of npm packages in days</source>
        <translation>Mindestalter von npm-Paketen in Tagen</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>npm installs only versions published at least this many days ago, a defence against freshly published malicious versions. pip is not held to it.</source>
        <translation>npm installiert nur Versionen, die vor mindestens so vielen Tagen veröffentlicht wurden – ein Schutz vor frisch veröffentlichten bösartigen Versionen. Für pip gilt das nicht.</translation>
    </message>
    <message>
        <source>Minimum package &amp;age:</source>
        <translation>Mindest&amp;alter der Pakete:</translation>
    </message>
</context>
<context>
    <name>DeployStep</name>
    <message>
        <source>Writing files</source>
        <translation>Dateien schreiben</translation>
    </message>
    <message>
        <source>Checking the files</source>
        <translation>Dateien prüfen</translation>
    </message>
    <message>
        <source>Installing Node packages</source>
        <translation>Node-Pakete installieren</translation>
    </message>
    <message>
        <source>Installing Python packages</source>
        <translation>Python-Pakete installieren</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>Build</translation>
    </message>
    <message>
        <source>Running the script</source>
        <translation>Skript ausführen</translation>
    </message>
    <message>
        <source>Starting the app</source>
        <translation>App starten</translation>
    </message>
    <message>
        <source>Waiting for the app</source>
        <translation>Auf die App warten</translation>
    </message>
    <message>
        <source>Running approved install scripts</source>
        <translation>Genehmigte Installationsskripte ausführen</translation>
    </message>
</context>
<context>
    <name>Deployer</name>
    <message>
        <source>the sandbox ended</source>
        <translation>die Sandbox wurde beendet</translation>
    </message>
    <message>
        <source>the sandbox expired</source>
        <translation>die Sandbox ist abgelaufen</translation>
    </message>
    <message>
        <source>the sandbox was destroyed</source>
        <translation>die Sandbox wurde zerstört</translation>
    </message>
    <message>
        <source>There is no sandbox to deploy into</source>
        <translation>Es gibt keine Sandbox, in die bereitgestellt werden kann</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n file(s)</source>
        <translation>
            <numerusform>%n Datei entfernt</numerusform>
            <numerusform>%n Dateien entfernt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failed: `%2` exited with code %3</source>
        <translation>%1 fehlgeschlagen: `%2` endete mit Code %3</translation>
    </message>
    <message>
        <source>Restored node_modules from the dependency cache</source>
        <translation>node_modules aus dem Abhängigkeits-Cache wiederhergestellt</translation>
    </message>
    <message>
        <source>%1 failed: could not write the output page: %2</source>
        <translation>%1 fehlgeschlagen: die Ausgabeseite konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 failed: the app did not answer HTTP on port %2 within %3</source>
        <translation>%1 fehlgeschlagen: die App hat auf Port %2 nicht innerhalb von %3 per HTTP geantwortet</translation>
    </message>
    <message>
        <source>%1 failed: the app stopped before it answered on port %2: %3</source>
        <translation>%1 fehlgeschlagen: die App hat gestoppt, bevor sie auf Port %2 geantwortet hat: %3</translation>
    </message>
    <message>
        <source>%1 failed: the app exited with code %2 before it answered on port %3</source>
        <translation>%1 fehlgeschlagen: die App endete mit Code %2, bevor sie auf Port %3 geantwortet hat</translation>
    </message>
    <message>
        <source>Install scripts of %1 were not run (not approved)</source>
        <translation>Installationsskripte von %1 wurden nicht ausgeführt (nicht genehmigt)</translation>
    </message>
</context>
<context>
    <name>DiffCommand</name>
    <message>
        <source>There is no session %1</source>
        <translation>Es gibt keine Sitzung %1</translation>
    </message>
</context>
<context>
    <name>E2bApiKey</name>
    <message>
        <source>This does not look like an E2B key: E2B&apos;s keys are e2b_ followed by at least %1 hex digits (0-9, a-f). Copy it again from the API Keys page of E2B&apos;s dashboard.</source>
        <translation>Das sieht nicht wie ein E2B-Schlüssel aus: E2B-Schlüssel sind e2b_, gefolgt von mindestens %1 Hex-Ziffern (0-9, a-f). Kopieren Sie ihn erneut von der Seite „API Keys“ im E2B-Dashboard.</translation>
    </message>
</context>
<context>
    <name>E2bApiRequestFactory</name>
    <message>
        <source>create a sandbox</source>
        <translation>eine Sandbox erstellen</translation>
    </message>
    <message>
        <source>read the sandbox&apos;s details</source>
        <translation>die Angaben der Sandbox lesen</translation>
    </message>
    <message>
        <source>list the sandboxes</source>
        <translation>die Sandboxes auflisten</translation>
    </message>
    <message>
        <source>extend the sandbox</source>
        <translation>die Sandbox verlängern</translation>
    </message>
    <message>
        <source>read the sandbox&apos;s usage</source>
        <translation>den Verbrauch der Sandbox lesen</translation>
    </message>
    <message>
        <source>stop the sandbox</source>
        <translation>die Sandbox stoppen</translation>
    </message>
    <message>
        <source>pause the sandbox</source>
        <translation>die Sandbox pausieren</translation>
    </message>
    <message>
        <source>set the sandbox&apos;s network</source>
        <translation>das Netzwerk der Sandbox einstellen</translation>
    </message>
</context>
<context>
    <name>E2bCreationQueue</name>
    <message>
        <source>the %1 plan runs at most %2 at once</source>
        <translation>der Tarif %1 führt höchstens %2 gleichzeitig aus</translation>
    </message>
    <message numerus="yes">
        <source>the %1 plan creates at most %n E2B sandbox(es) a second</source>
        <translation>
            <numerusform>der Tarif %1 erstellt höchstens %n E2B-Sandbox pro Sekunde</numerusform>
            <numerusform>der Tarif %1 erstellt höchstens %n E2B-Sandboxes pro Sekunde</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>E2bErrors</name>
    <message>
        <source>The E2B API key is invalid: E2B refused it. Check the key in Settings, API keys (or E2B_API_KEY); keys start with e2b_.</source>
        <translation>Der E2B-API-Schlüssel ist ungültig: E2B hat ihn abgelehnt. Prüfen Sie den Schlüssel in den Einstellungen unter API-Schlüssel (oder E2B_API_KEY); Schlüssel beginnen mit e2b_.</translation>
    </message>
    <message>
        <source>No E2B API key: add one in Settings, API keys, or set E2B_API_KEY.</source>
        <translation>Kein E2B-API-Schlüssel: Fügen Sie in den Einstellungen unter API-Schlüssel einen hinzu, oder setzen Sie E2B_API_KEY.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>E2B refused to %1: %2</source>
        <translation>E2B hat „%1“ abgelehnt: %2</translation>
    </message>
    <message>
        <source>E2B refused to %1 as a bad request: %2</source>
        <translation>E2B hat „%1“ als fehlerhafte Anfrage abgelehnt: %2</translation>
    </message>
    <message>
        <source>Could not %1: E2B does not know it (%2)</source>
        <translation>„%1“ ist nicht gelungen: E2B kennt sie nicht (%2)</translation>
    </message>
    <message>
        <source>Could not %1 now: %2</source>
        <translation>„%1“ ist gerade nicht möglich: %2</translation>
    </message>
    <message>
        <source>E2B asks to wait before it can %1: %2</source>
        <translation>E2B bittet zu warten, bevor „%1“ möglich ist: %2</translation>
    </message>
    <message>
        <source>E2B failed to %1 (HTTP %2): %3</source>
        <translation>E2B ist an „%1“ gescheitert (HTTP %2): %3</translation>
    </message>
    <message>
        <source>Could not %1: E2B answered HTTP %2 (%3)</source>
        <translation>„%1“ ist nicht gelungen: E2B antwortete mit HTTP %2 (%3)</translation>
    </message>
    <message>
        <source>Could not %1: E2B did not answer in time</source>
        <translation>„%1“ ist nicht gelungen: E2B hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>Could not %1: the secure connection to E2B failed (%2)</source>
        <translation>„%1“ ist nicht gelungen: Die sichere Verbindung zu E2B ist fehlgeschlagen (%2)</translation>
    </message>
    <message>
        <source>Could not %1: E2B could not be reached (%2)</source>
        <translation>„%1“ ist nicht gelungen: E2B war nicht erreichbar (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Your E2B account allows at most %n hour(s): set the plan to %1</source>
        <translation>
            <numerusform>Ihr E2B-Konto erlaubt höchstens %n Stunde: Stellen Sie den Tarif auf %1</numerusform>
            <numerusform>Ihr E2B-Konto erlaubt höchstens %n Stunden: Stellen Sie den Tarif auf %1</numerusform>
        </translation>
    </message>
    <message>
        <source>E2B&apos;s limit of sandboxes at once for this account (%1) is reached</source>
        <translation>Das Limit gleichzeitiger Sandboxes von E2B für dieses Konto (%1) ist erreicht</translation>
    </message>
    <message>
        <source>E2B&apos;s limit of sandboxes at once for this account is reached</source>
        <translation>Das Limit gleichzeitiger Sandboxes von E2B für dieses Konto ist erreicht</translation>
    </message>
    <message>
        <source>E2B asks to wait: too many requests</source>
        <translation>E2B bittet zu warten: zu viele Anfragen</translation>
    </message>
    <message>
        <source>E2B asks to wait: too many requests (%1)</source>
        <translation>E2B bittet zu warten: zu viele Anfragen (%1)</translation>
    </message>
    <message>
        <source>The E2B API key does not look like an E2B key: it is e2b_ followed by at least %1 hex digits (0-9, a-f). Check the key in Settings, API keys (or E2B_API_KEY).</source>
        <translation>Der E2B-API-Schlüssel sieht nicht wie ein E2B-Schlüssel aus: Er besteht aus e2b_, gefolgt von mindestens %1 Hex-Ziffern (0-9, a-f). Prüfen Sie den Schlüssel in den Einstellungen unter API-Schlüssel (oder E2B_API_KEY).</translation>
    </message>
</context>
<context>
    <name>E2bPortProbe</name>
    <message>
        <source>The E2B sandbox is gone (it probably timed out)</source>
        <translation>Die E2B-Sandbox ist nicht mehr da (vermutlich ist ihre Zeit abgelaufen)</translation>
    </message>
</context>
<context>
    <name>E2bProcessRun</name>
    <message>
        <source>No command to run</source>
        <translation>Kein Befehl zum Ausführen</translation>
    </message>
    <message>
        <source>The command&apos;s output stream is unreadable: %1</source>
        <translation>Der Ausgabestrom des Befehls ist nicht lesbar: %1</translation>
    </message>
    <message>
        <source>%1 did not finish within %2 s</source>
        <translation>%1 wurde nicht innerhalb von %2 s fertig</translation>
    </message>
    <message>
        <source>run %1</source>
        <translation>%1 ausführen</translation>
    </message>
    <message>
        <source>The command&apos;s stream ended without its exit status</source>
        <translation>Der Strom des Befehls endete ohne Exit-Status</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Could not %1: the sandbox could not be reached (%2)</source>
        <translation>„%1“ ist nicht gelungen: Die Sandbox war nicht erreichbar (%2)</translation>
    </message>
    <message>
        <source>The command&apos;s output stream was cut before it ended (%1)</source>
        <translation>Der Ausgabestrom des Befehls brach vor seinem Ende ab (%1)</translation>
    </message>
    <message>
        <source>no end frame</source>
        <translation>kein End-Frame</translation>
    </message>
</context>
<context>
    <name>E2bSandbox</name>
    <message>
        <source>The E2B sandbox %1 is not running</source>
        <translation>Die E2B-Sandbox %1 läuft nicht</translation>
    </message>
    <message>
        <source>Refused to write %1: not inside /home/user</source>
        <translation>Schreiben von %1 abgelehnt: nicht innerhalb von /home/user</translation>
    </message>
    <message>
        <source>upload the app&apos;s files</source>
        <translation>die Dateien der App hochladen</translation>
    </message>
    <message>
        <source>Could not mark files executable: %1</source>
        <translation>Dateien konnten nicht als ausführbar markiert werden: %1</translation>
    </message>
    <message>
        <source>stop a command</source>
        <translation>einen Befehl stoppen</translation>
    </message>
    <message numerus="yes">
        <source>The sandbox has reached the plan&apos;s maximum lifetime of %n hour(s)</source>
        <translation>
            <numerusform>Die Sandbox hat die maximale Lebensdauer des Tarifs von %n Stunde erreicht</numerusform>
            <numerusform>Die Sandbox hat die maximale Lebensdauer des Tarifs von %n Stunden erreicht</numerusform>
        </translation>
    </message>
    <message>
        <source>The E2B provider is gone; the sandbox is left to its timeout</source>
        <translation>Der E2B-Anbieter ist nicht mehr da; die Sandbox läuft bis zu ihrer Zeitgrenze weiter</translation>
    </message>
    <message>
        <source>E2B no longer runs this sandbox: it was stopped outside SpawnAI</source>
        <translation>E2B führt diese Sandbox nicht mehr aus: Sie wurde außerhalb von SpawnAI gestoppt</translation>
    </message>
</context>
<context>
    <name>E2bSandboxProvider</name>
    <message>
        <source>E2B&apos;s answer to create names no sandbox</source>
        <translation>Die Antwort von E2B auf das Erstellen nennt keine Sandbox</translation>
    </message>
    <message numerus="yes">
        <source>E2B kept refusing new sandboxes for %n minute(s): %1</source>
        <translation>
            <numerusform>E2B hat %n Minute lang neue Sandboxes abgelehnt: %1</numerusform>
            <numerusform>E2B hat %n Minuten lang neue Sandboxes abgelehnt: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>E2B no longer runs this sandbox: it has ended</source>
        <translation>E2B führt diese Sandbox nicht mehr aus: Sie ist beendet</translation>
    </message>
    <message>
        <source>creating an E2B sandbox</source>
        <translation>eine E2B-Sandbox wird erstellt</translation>
    </message>
</context>
<context>
    <name>EgressConnection</name>
    <message>
        <source>not a package registry</source>
        <translation>keine Paket-Registry</translation>
    </message>
    <message>
        <source>the name does not resolve</source>
        <translation>der Name lässt sich nicht auflösen</translation>
    </message>
    <message>
        <source>the name resolves to a private address</source>
        <translation>der Name verweist auf eine private Adresse</translation>
    </message>
</context>
<context>
    <name>ElementPointing</name>
    <message>
        <source>The text was not saved: %1</source>
        <translation>Der Text wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>[preview] text changed in %1 by hand, without the model</source>
        <translation>[Vorschau] Text in %1 von Hand geändert, ohne das Modell</translation>
    </message>
    <message>
        <source>[preview] the edited text is not in the app&apos;s files as shown; the change waits in the follow-up line</source>
        <translation>[Vorschau] der bearbeitete Text steht so nicht in den Dateien der App; die Änderung wartet in der Zeile für Änderungen</translation>
    </message>
    <message numerus="yes">
        <source>[preview] the edited text occurs %n times in the app&apos;s files; the change waits in the follow-up line</source>
        <translation>
            <numerusform>[Vorschau] der bearbeitete Text kommt %n-mal in den Dateien der App vor; die Änderung wartet in der Zeile für Änderungen</numerusform>
            <numerusform>[Vorschau] der bearbeitete Text kommt %n-mal in den Dateien der App vor; die Änderung wartet in der Zeile für Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>The text was not found in the app&apos;s files, so it was not saved.</source>
        <translation>Der Text steht nicht in den Dateien der App und wurde deshalb nicht gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>The text occurs %n times in the app&apos;s files, so it was not saved.</source>
        <translation>
            <numerusform>Der Text kommt %n-mal in den Dateien der App vor und wurde deshalb nicht gespeichert.</numerusform>
            <numerusform>Der Text kommt %n-mal in den Dateien der App vor und wurde deshalb nicht gespeichert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EndExtension</name>
    <message>
        <source>The sandbox went away before its extension was confirmed</source>
        <translation>Die Sandbox war weg, bevor ihre Verlängerung bestätigt wurde</translation>
    </message>
</context>
<context>
    <name>EntryPointCheck</name>
    <message>
        <source>spawnai.json: &quot;build&quot;</source>
        <translation>spawnai.json: „build“</translation>
    </message>
    <message>
        <source>A webapp is served from the app folder by &quot;%1&quot;, and the browser opens index.html, but the app has no &quot;index.html&quot; at the top of its folder. Add index.html there (not in a subfolder), or set &quot;start&quot; in the manifest to the command that serves the app</source>
        <translation>Eine Web-App wird von „%1“ aus dem App-Ordner ausgeliefert, und der Browser öffnet index.html, aber die App hat keine „index.html“ oben in ihrem Ordner. Legen Sie index.html dort an (nicht in einem Unterordner), oder setzen Sie „start“ im Manifest auf den Befehl, der die App ausliefert</translation>
    </message>
    <message>
        <source>spawnai.json: &quot;start&quot;</source>
        <translation>spawnai.json: „start“</translation>
    </message>
    <message>
        <source>Add that file or change the command to run a file the app has</source>
        <translation>Legen Sie diese Datei an, oder ändern Sie den Befehl so, dass er eine vorhandene Datei der App ausführt</translation>
    </message>
    <message>
        <source>%1 runs &quot;%2&quot;, which starts Node without a script file. Name the file to run, for example &quot;node server.js&quot;</source>
        <translation>%1 führt „%2“ aus, was Node ohne Skriptdatei startet. Nennen Sie die auszuführende Datei, zum Beispiel „node server.js“</translation>
    </message>
    <message>
        <source>%1 runs &quot;%2&quot;, which starts Python without a script. Name the file to run, for example &quot;python3 main.py&quot;</source>
        <translation>%1 führt „%2“ aus, was Python ohne Skript startet. Nennen Sie die auszuführende Datei, zum Beispiel „python3 main.py“</translation>
    </message>
    <message>
        <source>%1 runs &quot;%2&quot;, which serves the folder &quot;%3&quot;, but there is no &quot;%4&quot;: the browser would get a file listing instead of the app. Add %4</source>
        <translation>%1 führt „%2“ aus, was den Ordner „%3“ ausliefert, aber es gibt kein „%4“: Der Browser bekäme eine Dateiliste statt der App. Legen Sie %4 an</translation>
    </message>
    <message>
        <source>%1 runs &quot;%2&quot;, but install.pip does not list &quot;%3&quot;, so it will not be installed. Add &quot;%3&quot; to install.pip, or use only the standard library</source>
        <translation>%1 führt „%2“ aus, aber install.pip enthält „%3“ nicht, also wird es nicht installiert. Fügen Sie „%3“ zu install.pip hinzu, oder verwenden Sie nur die Standardbibliothek</translation>
    </message>
    <message>
        <source>Add that module or change the command</source>
        <translation>Fügen Sie dieses Modul hinzu oder ändern Sie den Befehl</translation>
    </message>
    <message>
        <source>%1 runs &quot;%2&quot;, but the app has no package.json. Add a package.json with a &quot;%3&quot; script, or run the file directly, for example &quot;node server.js&quot;</source>
        <translation>%1 führt „%2“ aus, aber die App hat keine package.json. Legen Sie eine package.json mit einem Skript „%3“ an, oder führen Sie die Datei direkt aus, zum Beispiel „node server.js“</translation>
    </message>
    <message>
        <source>%1 runs &quot;%2&quot;, but %3 has no &quot;scripts&quot;: {&quot;%4&quot;: ...}. Add the script, or run the file directly, for example &quot;node server.js&quot;</source>
        <translation>%1 führt „%2“ aus, aber %3 hat kein &quot;scripts&quot;: {&quot;%4&quot;: ...}. Fügen Sie das Skript hinzu, oder führen Sie die Datei direkt aus, zum Beispiel „node server.js“</translation>
    </message>
    <message>
        <source>%1 &quot;scripts.%2&quot;</source>
        <translation>%1 „scripts.%2“</translation>
    </message>
    <message>
        <source>%1 runs &quot;%2&quot;, but the app has no file &quot;%3&quot;</source>
        <translation>%1 führt „%2“ aus, aber die App hat keine Datei „%3“</translation>
    </message>
</context>
<context>
    <name>EnvironmentEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Environment variables</source>
        <translation>Umgebungsvariablen</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Variable name</source>
        <translation>Name der Variablen</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Variable value</source>
        <translation>Wert der Variablen</translation>
    </message>
    <message>
        <source>Add the variable</source>
        <translation>Die Variable hinzufügen</translation>
    </message>
    <message>
        <source>Remove the chosen variable</source>
        <translation>Die gewählte Variable entfernen</translation>
    </message>
</context>
<context>
    <name>EventClient</name>
    <message>
        <source>Messages are JSON text, not binary</source>
        <translation>Nachrichten sind JSON-Text, keine Binärdaten</translation>
    </message>
    <message>
        <source>Reads too slowly: more than %1 bytes were waiting</source>
        <translation>Liest zu langsam: Mehr als %1 Bytes warteten auf die Übertragung</translation>
    </message>
    <message>
        <source>No answer to a ping within %1 ms</source>
        <translation>Keine Antwort auf einen Ping innerhalb von %1 ms</translation>
    </message>
    <message>
        <source>A message is a JSON object (%1)</source>
        <translation>Eine Nachricht ist ein JSON-Objekt (%1)</translation>
    </message>
    <message>
        <source>Unknown message type &quot;%1&quot;: subscribe or unsubscribe</source>
        <translation>Unbekannter Nachrichtentyp „%1“: subscribe oder unsubscribe</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot;</source>
        <translation>Unbekanntes Feld „%1“</translation>
    </message>
    <message>
        <source>&quot;sessions&quot; lists session ids, or &quot;*&quot; for every session</source>
        <translation>„sessions“ listet Sitzungs-IDs auf, oder „*“ für alle Sitzungen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a session id</source>
        <translation>„%1“ ist keine Sitzungs-ID</translation>
    </message>
    <message>
        <source>&quot;*&quot; already includes every session: send it alone</source>
        <translation>„*“ umfasst bereits alle Sitzungen: Senden Sie es allein</translation>
    </message>
    <message>
        <source>&quot;after&quot; is the last seq (or, for &quot;*&quot;, id) received: 0, 1, 2, ...</source>
        <translation>„after“ ist die zuletzt empfangene seq (oder, bei „*“, id): 0, 1, 2, ...</translation>
    </message>
    <message>
        <source>This connection follows every session (&quot;*&quot;): unsubscribe from it first</source>
        <translation>Diese Verbindung verfolgt alle Sitzungen („*“): Beenden Sie zuerst dieses Abonnement (unsubscribe)</translation>
    </message>
    <message>
        <source>One connection follows at most %1 sessions by id</source>
        <translation>Eine Verbindung verfolgt höchstens %1 Sitzungen per ID</translation>
    </message>
</context>
<context>
    <name>EventHub</name>
    <message>
        <source>At most %1 WebSocket clients: try again later</source>
        <translation>Höchstens %1 WebSocket-Clients: Versuchen Sie es später erneut</translation>
    </message>
</context>
<context>
    <name>EventMessage</name>
    <message>
        <source>Some changes after this point were removed by retention: read the sessions&apos; state over REST</source>
        <translation>Einige Änderungen nach diesem Punkt wurden wegen der Aufbewahrungsfrist entfernt: Lesen Sie den Zustand der Sitzungen über REST</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Use a local model with Ollama</source>
        <translation>Ein lokales Modell mit Ollama nutzen</translation>
    </message>
    <message>
        <source>Free and private: SpawnAI talks to Ollama on this computer at %1.</source>
        <translation>Kostenlos und privat: SpawnAI spricht mit Ollama auf diesem Computer unter %1.</translation>
    </message>
    <message>
        <source>Welcome to SpawnAI</source>
        <translation>Willkommen bei SpawnAI</translation>
    </message>
    <message>
        <source>Add a Claude key</source>
        <translation>Einen Claude-Schlüssel hinzufügen</translation>
    </message>
    <message>
        <source>Claude writes the apps. Your key stays in the system keychain.</source>
        <translation>Claude schreibt die Apps. Ihr Schlüssel bleibt im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Ollama status</source>
        <translation>Ollama-Status</translation>
    </message>
    <message>
        <source>&amp;Describe an app now</source>
        <translation>&amp;Jetzt eine App beschreiben</translation>
    </message>
    <message>
        <source>Skip to the new-app page</source>
        <translation>Zur Seite für neue Apps springen</translation>
    </message>
    <message>
        <source>Try a template now, no key needed</source>
        <translation>Jetzt eine Vorlage ausprobieren, ohne Schlüssel</translation>
    </message>
    <message>
        <source>New app from the %1 template</source>
        <translation>Neue App aus der Vorlage %1</translation>
    </message>
    <message>
        <source>Looking for Ollama at %1…</source>
        <translation>Suche Ollama unter %1 …</translation>
    </message>
    <message>
        <source>Ollama did not answer: %1 Start it (ollama serve), pull a model (ollama pull qwen2.5-coder) and try again.</source>
        <translation>Ollama hat nicht geantwortet: %1 Starten Sie es (ollama serve), laden Sie ein Modell (ollama pull qwen2.5-coder) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Ollama answers but has no model yet: pull one (ollama pull qwen2.5-coder) and try again.</source>
        <translation>Ollama antwortet, hat aber noch kein Modell: Laden Sie eines (ollama pull qwen2.5-coder) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Describe an app and a model writes it; it runs in a sandbox with a live preview. Choose how to begin:</source>
        <translation>Beschreiben Sie eine App, und ein Modell schreibt sie; sie läuft in einer Sandbox mit Live-Vorschau. Wählen Sie, wie Sie beginnen:</translation>
    </message>
</context>
<context>
    <name>FolderLoader</name>
    <message>
        <source>File &quot;%1&quot; is a symbolic link; copy the real file into the folder</source>
        <translation>Die Datei „%1“ ist ein symbolischer Link; kopieren Sie die echte Datei in den Ordner</translation>
    </message>
    <message>
        <source>File &quot;%1&quot; is not a regular file (a device, pipe or socket)</source>
        <translation>Die Datei „%1“ ist keine normale Datei (ein Gerät, eine Pipe oder ein Socket)</translation>
    </message>
    <message>
        <source>The folder has more than %1 files</source>
        <translation>Der Ordner hat mehr als %1 Dateien</translation>
    </message>
    <message>
        <source>File &quot;%1&quot; is larger than the limit of %2 per file</source>
        <translation>Die Datei „%1“ ist größer als das Limit von %2 pro Datei</translation>
    </message>
    <message>
        <source>File &quot;%1&quot; cannot be read: %2</source>
        <translation>Die Datei „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a folder</source>
        <translation>„%1“ ist kein Ordner</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no spawnai.json; see docs/manifest.md</source>
        <translation>„%1“ hat keine spawnai.json; siehe docs/manifest.md</translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message>
        <source>The run ended before the change was ready</source>
        <translation>Der Lauf endete, bevor die Änderung fertig war</translation>
    </message>
    <message>
        <source>The run went away before the change was ready</source>
        <translation>Der Lauf war weg, bevor die Änderung fertig war</translation>
    </message>
</context>
<context>
    <name>FollowUpBar</name>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Attach a picture to the change</source>
        <translation>Der Änderung ein Bild anhängen</translation>
    </message>
    <message>
        <source>the line</source>
        <translation>die Zeile</translation>
    </message>
    <message>
        <source>Change to make</source>
        <translation>Gewünschte Änderung</translation>
    </message>
    <message>
        <source>Ask for a change, e.g. &quot;make the buttons bigger&quot;</source>
        <translation>Um eine Änderung bitten, z. B. „mach die Knöpfe größer“</translation>
    </message>
    <message>
        <source>Send the change</source>
        <translation>Die Änderung senden</translation>
    </message>
</context>
<context>
    <name>GeneratedAppBuilder</name>
    <message>
        <source> inside file &quot;%1&quot;</source>
        <translation> in der Datei „%1“</translation>
    </message>
    <message>
        <source>The answer stopped%1 before &lt;/app&gt;: it is incomplete</source>
        <translation>Die Antwort endete%1 vor &lt;/app&gt;: Sie ist unvollständig</translation>
    </message>
    <message>
        <source>The answer has both a &lt;manifest&gt; block and a file &quot;spawnai.json&quot;. Send the manifest only once, in &lt;manifest&gt;</source>
        <translation>Die Antwort enthält sowohl einen &lt;manifest&gt;-Block als auch eine Datei „spawnai.json“. Senden Sie das Manifest nur einmal, in &lt;manifest&gt;</translation>
    </message>
    <message>
        <source>The &lt;manifest&gt; block is not valid: %1</source>
        <translation>Der &lt;manifest&gt;-Block ist ungültig: %1</translation>
    </message>
    <message>
        <source>The answer has no &lt;manifest&gt;. A new app needs one right after &lt;app&gt;, for example &lt;manifest&gt;{&quot;type&quot;: &quot;webapp&quot;, &quot;port&quot;: 3000}&lt;/manifest&gt;</source>
        <translation>Die Antwort enthält kein &lt;manifest&gt;. Eine neue App braucht eines direkt nach &lt;app&gt;, zum Beispiel &lt;manifest&gt;{&quot;type&quot;: &quot;webapp&quot;, &quot;port&quot;: 3000}&lt;/manifest&gt;</translation>
    </message>
    <message>
        <source>File &quot;%1&quot; is both sent and deleted in this answer; do one or the other</source>
        <translation>Die Datei „%1“ wird in dieser Antwort gesendet und zugleich gelöscht; tun Sie nur eines von beiden</translation>
    </message>
    <message>
        <source>The app has no files. Send every file of the app in &lt;file path=&quot;...&quot;&gt; blocks</source>
        <translation>Die App hat keine Dateien. Senden Sie jede Datei der App in &lt;file path=&quot;...&quot;&gt;-Blöcken</translation>
    </message>
    <message>
        <source>File &quot;%1&quot; line %2 is a placeholder (&quot;%3&quot;) where code belongs. Files are deployed exactly as written: send the complete file</source>
        <translation>Die Datei „%1“ enthält in Zeile %2 einen Platzhalter („%3“), wo Code hingehört. Dateien werden genau so bereitgestellt, wie sie geschrieben sind: Senden Sie die vollständige Datei</translation>
    </message>
    <message>
        <source>its answer had no app in it</source>
        <translation>seine Antwort enthielt keine App</translation>
    </message>
</context>
<context>
    <name>GenerationJob</name>
    <message>
        <source>The answer was cut off%1 and %2 continuation(s) did not finish it</source>
        <translation>Die Antwort wurde%1 abgeschnitten, und %2 Fortsetzung(en) haben sie nicht vervollständigt</translation>
    </message>
    <message>
        <source> in %1</source>
        <translation> in %1</translation>
    </message>
</context>
<context>
    <name>GenerationPhase</name>
    <message>
        <source>No model is set up: add a Claude key or a local model in Settings</source>
        <translation>Es ist kein Modell eingerichtet: Fügen Sie in den Einstellungen einen Claude-Schlüssel oder ein lokales Modell hinzu</translation>
    </message>
    <message numerus="yes">
        <source>The model thought before answering (%n word(s)); its thoughts are not part of the app</source>
        <translation>
            <numerusform>Das Modell hat vor der Antwort nachgedacht (%n Wort); seine Gedanken sind nicht Teil der App</numerusform>
            <numerusform>Das Modell hat vor der Antwort nachgedacht (%n Wörter); seine Gedanken sind nicht Teil der App</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HostClient</name>
    <message>
        <source>There is no session %1</source>
        <translation>Es gibt keine Sitzung %1</translation>
    </message>
    <message>
        <source>%1 names more than one session</source>
        <translation>%1 passt auf mehr als eine Sitzung</translation>
    </message>
    <message>
        <source>The SpawnAI host at %1 does not answer: %2</source>
        <translation>Der SpawnAI-Host unter %1 antwortet nicht: %2</translation>
    </message>
    <message>
        <source>The host answered HTTP %1</source>
        <translation>Der Host antwortete mit HTTP %1</translation>
    </message>
    <message>
        <source>Session %1 is %2 (on the host at %3)</source>
        <translation>Die Sitzung %1 ist im Zustand „%2“ (auf dem Host unter %3)</translation>
    </message>
    <message>
        <source>%1 is still running on E2B: E2B did not confirm the kill of its sandbox within 15 s, and the session keeps its status until it does. The SpawnAI host at %2 keeps trying to stop it; `spawnai list` shows when it has ended.</source>
        <translation>%1 läuft noch bei E2B: E2B hat das Beenden ihrer Sandbox nicht innerhalb von 15 s bestätigt, und die Sitzung behält ihren Status, bis es das tut. Der SpawnAI-Host unter %2 versucht weiter, sie zu stoppen; `spawnai list` zeigt, wann sie beendet ist.</translation>
    </message>
    <message>
        <source>The SpawnAI host at %1 did not stop %2 within 15 s; it is %3</source>
        <translation>Der SpawnAI-Host unter %1 hat %2 nicht innerhalb von 15 s gestoppt; die Sitzung ist im Zustand „%3“</translation>
    </message>
    <message>
        <source>There is no folder %1</source>
        <translation>Es gibt keinen Ordner %1</translation>
    </message>
    <message>
        <source>%1 is not a text file, and the host takes an app&apos;s files as text; run spawn without --detach for this folder</source>
        <translation>%1 ist keine Textdatei, und der Host nimmt die Dateien einer App nur als Text an; führen Sie spawn für diesen Ordner ohne --detach aus</translation>
    </message>
</context>
<context>
    <name>HostLocator</name>
    <message>
        <source>Could not start the SpawnAI host (%1 serve): %2</source>
        <translation>Der SpawnAI-Host konnte nicht gestartet werden (%1 serve): %2</translation>
    </message>
    <message>
        <source>The SpawnAI host stopped before it was ready. Run &quot;spawnai serve --data-dir %1&quot; in a terminal to see why.</source>
        <translation>Der SpawnAI-Host wurde beendet, bevor er bereit war. Führen Sie „spawnai serve --data-dir %1“ in einem Terminal aus, um den Grund zu sehen.</translation>
    </message>
    <message>
        <source>The SpawnAI host did not get ready within 20 seconds.</source>
        <translation>Der SpawnAI-Host ist nicht innerhalb von 20 Sekunden bereit geworden.</translation>
    </message>
</context>
<context>
    <name>HttpReadinessProbe</name>
    <message>
        <source>The app did not answer HTTP on %1 within %2 s</source>
        <translation>Die App hat auf %1 nicht innerhalb von %2 s per HTTP geantwortet</translation>
    </message>
    <message>
        <source>The app&apos;s server is gone</source>
        <translation>Der Server der App ist nicht mehr da</translation>
    </message>
</context>
<context>
    <name>ImageAttachments</name>
    <message>
        <source>Attached pictures</source>
        <translation>Angehängte Bilder</translation>
    </message>
    <message>
        <source>The pasted picture could not be read</source>
        <translation>Das eingefügte Bild konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>pasted image %1</source>
        <translation>eingefügtes Bild %1</translation>
    </message>
    <message>
        <source>%1, %2 × %3 pixels</source>
        <translation>%1, %2 × %3 Pixel</translation>
    </message>
    <message>
        <source>Picture %1</source>
        <translation>Bild %1</translation>
    </message>
    <message>
        <source>Remove the picture %1</source>
        <translation>Das Bild %1 entfernen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Attach Pictures</source>
        <translation>Bilder anhängen</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.webp *.gif)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.webp *.gif)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Attach ima&amp;ge…</source>
        <translation>&amp;Bild anhängen…</translation>
    </message>
    <message>
        <source>Attach pictures (PNG, JPEG, WebP or GIF); you can also drop or paste them in %1</source>
        <translation>Bilder anhängen (PNG, JPEG, WebP oder GIF); Sie können sie auch in %1 ziehen oder einfügen</translation>
    </message>
</context>
<context>
    <name>InfoRoutes</name>
    <message>
        <source>The history cannot be written</source>
        <translation>Der Verlauf kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>The OpenAPI document is missing from this build</source>
        <translation>Das OpenAPI-Dokument fehlt in diesem Build</translation>
    </message>
    <message>
        <source>&quot;since&quot; is after &quot;until&quot;</source>
        <translation>„since“ liegt nach „until“</translation>
    </message>
</context>
<context>
    <name>InstallEgress</name>
    <message>
        <source>SpawnAI blocked a connection to %1 during the install (%2): installs reach only the package registries.</source>
        <translation>SpawnAI hat während der Installation eine Verbindung zu %1 blockiert (%2): Installationen erreichen nur die Paket-Registrys.</translation>
    </message>
    <message>
        <source>Cannot open the install proxy: %1</source>
        <translation>Der Installations-Proxy lässt sich nicht öffnen: %1</translation>
    </message>
</context>
<context>
    <name>JsonRequest</name>
    <message>
        <source>the answer is larger than %1 MB</source>
        <translation>die Antwort ist größer als %1 MB</translation>
    </message>
</context>
<context>
    <name>JsonSchemaCheck</name>
    <message>
        <source>%1 must be of type %2</source>
        <translation>%1 muss vom Typ %2 sein</translation>
    </message>
    <message>
        <source>%1 must be one of %2</source>
        <translation>%1 muss einer dieser Werte sein: %2</translation>
    </message>
    <message>
        <source>%1 must be at least %2</source>
        <translation>%1 muss mindestens %2 sein</translation>
    </message>
    <message>
        <source>%1 must be at most %2</source>
        <translation>%1 darf höchstens %2 sein</translation>
    </message>
    <message>
        <source>%1 must not be empty</source>
        <translation>%1 darf nicht leer sein</translation>
    </message>
    <message>
        <source>%1 does not have the expected form</source>
        <translation>%1 hat nicht die erwartete Form</translation>
    </message>
</context>
<context>
    <name>KeptEnd</name>
    <message>
        <source>Only a running sandbox can be extended</source>
        <translation>Nur eine laufende Sandbox kann verlängert werden</translation>
    </message>
</context>
<context>
    <name>KeptExtension</name>
    <message>
        <source>No kept cloud sandbox serves session %1</source>
        <translation>Keine weiterlaufende Cloud-Sandbox bedient die Sitzung %1</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>The keychain refused: %1</source>
        <translation>Der Schlüsselbund hat abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>KeysPage</name>
    <message>
        <source>Keys are kept in your system keychain, never in SpawnAI&apos;s files.</source>
        <translation>Schlüssel werden im Schlüsselbund Ihres Systems aufbewahrt, nie in den Dateien von SpawnAI.</translation>
    </message>
    <message>
        <source>Claude</source>
        <translation>Claude</translation>
    </message>
    <message>
        <source>Needed for Claude to write apps.</source>
        <translation>Nötig, damit Claude Apps schreibt.</translation>
    </message>
    <message>
        <source>OpenAI-compatible server</source>
        <translation>OpenAI-kompatibler Server</translation>
    </message>
    <message>
        <source>Optional: local servers such as Ollama need none.</source>
        <translation>Optional: Lokale Server wie Ollama brauchen keinen.</translation>
    </message>
    <message>
        <source>OpenAI-compatible server address</source>
        <translation>Adresse des OpenAI-kompatiblen Servers</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>E2B</source>
        <translation>E2B</translation>
    </message>
    <message>
        <source>For cloud sandboxes.</source>
        <translation>Für Cloud-Sandboxes.</translation>
    </message>
    <message>
        <source>%1 API key</source>
        <translation>API-Schlüssel für %1</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save the %1 key</source>
        <translation>Den Schlüssel für %1 speichern</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the %1 key</source>
        <translation>Den Schlüssel für %1 entfernen</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Test the connection to %1</source>
        <translation>Die Verbindung zu %1 testen</translation>
    </message>
    <message>
        <source>%1 key status</source>
        <translation>Status des Schlüssels für %1</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>There is no keychain to keep keys in.</source>
        <translation>Es gibt keinen Schlüsselbund, in dem Schlüssel aufbewahrt werden können.</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>Der Schlüsselbund konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>A key is saved.</source>
        <translation>Ein Schlüssel ist gespeichert.</translation>
    </message>
    <message>
        <source>No key is saved.</source>
        <translation>Kein Schlüssel gespeichert.</translation>
    </message>
    <message>
        <source>Type or paste a key first, or use Remove.</source>
        <translation>Geben Sie zuerst einen Schlüssel ein oder fügen Sie ihn ein, oder verwenden Sie „Entfernen“.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>The keychain could not save the key: %1</source>
        <translation>Der Schlüsselbund konnte den Schlüssel nicht speichern: %1</translation>
    </message>
    <message>
        <source>Saved to the keychain.</source>
        <translation>Im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>Wird entfernt …</translation>
    </message>
    <message>
        <source>The keychain could not remove the key: %1</source>
        <translation>Der Schlüsselbund konnte den Schlüssel nicht entfernen: %1</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>Entfernt.</translation>
    </message>
    <message>
        <source>The address must be an http or https URL, such as http://localhost:11434/v1.</source>
        <translation>Die Adresse muss eine http- oder https-URL sein, etwa http://localhost:11434/v1.</translation>
    </message>
    <message>
        <source>Type or paste a key to test it.</source>
        <translation>Geben Sie einen Schlüssel ein oder fügen Sie ihn ein, um ihn zu testen.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Verbindung wird getestet …</translation>
    </message>
    <message>
        <source>Connected: E2B accepts the key.</source>
        <translation>Verbunden: E2B akzeptiert den Schlüssel.</translation>
    </message>
    <message>
        <source>The connection failed: %1</source>
        <translation>Die Verbindung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>E2B_API_KEY is set in SpawnAI&apos;s environment (%1): that key is in use. A key saved here is used only when E2B_API_KEY is not set.</source>
        <translation>E2B_API_KEY ist in der Umgebung von SpawnAI gesetzt (%1): Dieser Schlüssel wird verwendet. Ein hier gespeicherter Schlüssel wird nur verwendet, wenn E2B_API_KEY nicht gesetzt ist.</translation>
    </message>
    <message>
        <source>E2B key from the environment</source>
        <translation>E2B-Schlüssel aus der Umgebung</translation>
    </message>
    <message>
        <source>Removed. The window keeps using the E2B key it has until SpawnAI restarts.</source>
        <translation>Entfernt. Das Fenster verwendet den E2B-Schlüssel, den es hat, bis SpawnAI neu startet.</translation>
    </message>
    <message>
        <source>%1 Saved to the keychain.</source>
        <translation>%1 Im Schlüsselbund gespeichert.</translation>
    </message>
</context>
<context>
    <name>LiveFileView</name>
    <message>
        <source>The file the model is writing</source>
        <translation>Die Datei, die das Modell gerade schreibt</translation>
    </message>
    <message>
        <source>%1, being written by the model</source>
        <translation>%1, wird gerade vom Modell geschrieben</translation>
    </message>
</context>
<context>
    <name>LlmErrors</name>
    <message>
        <source>%1 reported an error: %2</source>
        <translation>%1 hat einen Fehler gemeldet: %2</translation>
    </message>
    <message>
        <source>%1 refused the request: the account has reached its spend, credit or quota limit. Check the plan and billing, then try again (%2)</source>
        <translation>%1 hat die Anfrage abgelehnt: Das Konto hat sein Ausgaben-, Guthaben- oder Kontingentlimit erreicht. Prüfen Sie Tarif und Abrechnung und versuchen Sie es dann erneut (%2)</translation>
    </message>
    <message>
        <source>%1 refused the request as invalid: %2</source>
        <translation>%1 hat die Anfrage als ungültig abgelehnt: %2</translation>
    </message>
    <message>
        <source>%1 rejected the API key: update it in Settings</source>
        <translation>%1 hat den API-Schlüssel abgelehnt: Aktualisieren Sie ihn in den Einstellungen</translation>
    </message>
    <message>
        <source>%1 refused the request because of a billing problem: check the plan and billing (%2)</source>
        <translation>%1 hat die Anfrage wegen eines Abrechnungsproblems abgelehnt: Prüfen Sie Tarif und Abrechnung (%2)</translation>
    </message>
    <message>
        <source>%1 refused access: the API key may not use this model or resource (%2)</source>
        <translation>%1 hat den Zugriff verweigert: Der API-Schlüssel darf dieses Modell oder diese Ressource womöglich nicht nutzen (%2)</translation>
    </message>
    <message>
        <source>%1 does not know the model &quot;%2&quot;: check the model name in Settings (%3)</source>
        <translation>%1 kennt das Modell „%2“ nicht: Prüfen Sie den Modellnamen in den Einstellungen (%3)</translation>
    </message>
    <message>
        <source>. A model must be pulled first: ollama pull %1</source>
        <translation>. Ein Modell muss zuerst geladen werden: ollama pull %1</translation>
    </message>
    <message>
        <source>%1 took too long to answer (%2)</source>
        <translation>%1 hat zu lange für die Antwort gebraucht (%2)</translation>
    </message>
    <message>
        <source>%1 reported a conflict (%2)</source>
        <translation>%1 hat einen Konflikt gemeldet (%2)</translation>
    </message>
    <message>
        <source>The request is too large for %1: shorten the conversation or the prompt</source>
        <translation>Die Anfrage ist zu groß für %1: Kürzen Sie die Unterhaltung oder den Prompt</translation>
    </message>
    <message>
        <source>%1 rate limit reached: try again in a minute (%2)</source>
        <translation>Ratenlimit von %1 erreicht: Versuchen Sie es in einer Minute erneut (%2)</translation>
    </message>
    <message>
        <source>%1 had an internal error (%2)</source>
        <translation>%1 hatte einen internen Fehler (%2)</translation>
    </message>
    <message>
        <source>%1 is unavailable right now (%2)</source>
        <translation>%1 ist gerade nicht verfügbar (%2)</translation>
    </message>
    <message>
        <source>%1 is overloaded right now: try again in a moment</source>
        <translation>%1 ist gerade überlastet: Versuchen Sie es gleich noch einmal</translation>
    </message>
    <message>
        <source>%1 failed with HTTP %2 (%3)</source>
        <translation>%1 ist mit HTTP %2 fehlgeschlagen (%3)</translation>
    </message>
    <message>
        <source>%1 refused the request with HTTP %2 (%3)</source>
        <translation>%1 hat die Anfrage mit HTTP %2 abgelehnt (%3)</translation>
    </message>
    <message>
        <source>Could not make a secure connection to %1: %2</source>
        <translation>Es konnte keine sichere Verbindung zu %1 hergestellt werden: %2</translation>
    </message>
    <message>
        <source>Could not reach %1: is %2 running?</source>
        <translation>%1 ist nicht erreichbar: Läuft %2?</translation>
    </message>
    <message>
        <source>Could not reach %1 at %2: check the internet connection (%3)</source>
        <translation>%1 unter %2 ist nicht erreichbar: Prüfen Sie die Internetverbindung (%3)</translation>
    </message>
    <message>
        <source>The connection to %1 at %2 failed: %3</source>
        <translation>Die Verbindung zu %1 unter %2 ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>%1 sent nothing for %2 s: the request timed out</source>
        <translation>%1 hat %2 s lang nichts gesendet: Zeitüberschreitung der Anfrage</translation>
    </message>
    <message>
        <source>The reply from %1 ended before it was complete</source>
        <translation>Die Antwort von %1 endete, bevor sie vollständig war</translation>
    </message>
    <message>
        <source>%1 sent an answer SpawnAI cannot read: %2</source>
        <translation>%1 hat eine Antwort gesendet, die SpawnAI nicht lesen kann: %2</translation>
    </message>
    <message>
        <source>. Part of the reply had already arrived, so it was not retried automatically: continue or regenerate it</source>
        <translation>. Ein Teil der Antwort war schon angekommen, deshalb wurde sie nicht automatisch wiederholt: Setzen Sie sie fort oder lassen Sie sie neu erzeugen</translation>
    </message>
    <message numerus="yes">
        <source> (gave up after %n attempts)</source>
        <translation>
            <numerusform> (nach %n Versuch aufgegeben)</numerusform>
            <numerusform> (nach %n Versuchen aufgegeben)</numerusform>
        </translation>
    </message>
    <message>
        <source>no details given</source>
        <translation>keine Einzelheiten angegeben</translation>
    </message>
    <message>
        <source>The request is too long for the context %1 was started with</source>
        <translation>Die Anfrage ist zu lang für den Kontext, mit dem %1 gestartet wurde</translation>
    </message>
    <message>
        <source>The request needs %1 tokens but %2 was started with a context of %3</source>
        <translation>Die Anfrage braucht %1 Token, aber %2 wurde mit einem Kontext von %3 gestartet</translation>
    </message>
    <message>
        <source>: restart llama-server with a larger -c, or choose a shorter request</source>
        <translation>: starten Sie llama-server mit einem größeren -c neu oder wählen Sie eine kürzere Anfrage</translation>
    </message>
    <message>
        <source>%1K</source>
        <translation>%1K</translation>
    </message>
    <message>
        <source>%1 holds %2 tokens; this request needs %3: choose a larger model or a shorter answer limit</source>
        <translation>%1 fasst %2 Token; diese Anfrage braucht %3: wählen Sie ein größeres Modell oder eine kürzere Antwortgrenze</translation>
    </message>
    <message>
        <source> (at most %1 tokens of answer would fit)</source>
        <translation> (höchstens %1 Token Antwort würden passen)</translation>
    </message>
    <message>
        <source> (the prompt alone does not fit)</source>
        <translation> (schon der Prompt allein passt nicht)</translation>
    </message>
    <message>
        <source>raise the context length of %1 in LM Studio (the context slider in its load settings) to at least %2 and load it again</source>
        <translation>erhöhen Sie die Kontextlänge von %1 in LM Studio (der Kontext-Regler in seinen Ladeeinstellungen) auf mindestens %2 und laden Sie es erneut</translation>
    </message>
    <message>
        <source>restart llama-server with -c %1 or more</source>
        <translation>starten Sie llama-server mit -c %1 oder mehr neu</translation>
    </message>
    <message>
        <source>%1 runs %2 with a context of %3 tokens; this request needs %4: %5</source>
        <translation>%1 führt %2 mit einem Kontext von %3 Token aus; diese Anfrage braucht %4: %5</translation>
    </message>
    <message>
        <source>The answer of %1 filled its context before it was complete: choose a model with a larger context or a shorter answer limit</source>
        <translation>Die Antwort von %1 hat ihren Kontext gefüllt, bevor sie fertig war: wählen Sie ein Modell mit größerem Kontext oder eine kürzere Antwortgrenze</translation>
    </message>
    <message>
        <source>%1 cannot read images: choose a model with vision, or leave the images out</source>
        <translation>%1 kann keine Bilder lesen: wählen Sie ein Modell mit Bildverständnis oder lassen Sie die Bilder weg</translation>
    </message>
</context>
<context>
    <name>LocalCommands</name>
    <message>
        <source>Empty command</source>
        <translation>Leerer Befehl</translation>
    </message>
    <message>
        <source>`%1` did not finish within %2 s</source>
        <translation>`%1` wurde nicht innerhalb von %2 s fertig</translation>
    </message>
    <message>
        <source>Cannot run `%1`: %2</source>
        <translation>`%1` kann nicht ausgeführt werden: %2</translation>
    </message>
</context>
<context>
    <name>LocalPortRelays</name>
    <message>
        <source>Cannot open a host port for the app: %1</source>
        <translation>Für die App kann kein Port auf dem Rechner geöffnet werden: %1</translation>
    </message>
</context>
<context>
    <name>LocalSandbox</name>
    <message>
        <source>The sandbox did not start within %1 s</source>
        <translation>Die Sandbox ist nicht innerhalb von %1 s gestartet</translation>
    </message>
    <message>
        <source>The sandbox is not running</source>
        <translation>Die Sandbox läuft nicht</translation>
    </message>
    <message>
        <source>Refused to write %1: not inside /home/user</source>
        <translation>Schreiben von %1 abgelehnt: nicht innerhalb von /home/user</translation>
    </message>
    <message>
        <source>The app&apos;s files reached the workspace limit of %1 MiB</source>
        <translation>Die Dateien der App haben das Limit des Arbeitsbereichs von %1 MiB erreicht</translation>
    </message>
    <message>
        <source>Port %1 of the sandbox is not exposed</source>
        <translation>Port %1 der Sandbox ist nicht freigegeben</translation>
    </message>
    <message>
        <source>The sandbox expired</source>
        <translation>Die Sandbox ist abgelaufen</translation>
    </message>
    <message>
        <source>The sandbox stopped while starting (bubblewrap exit code %1)</source>
        <translation>Die Sandbox hat beim Starten gestoppt (Exit-Code von bubblewrap: %1)</translation>
    </message>
    <message>
        <source>The sandbox stopped unexpectedly</source>
        <translation>Die Sandbox hat unerwartet gestoppt</translation>
    </message>
    <message>
        <source>The sandbox is gone</source>
        <translation>Die Sandbox existiert nicht mehr</translation>
    </message>
    <message>
        <source>Invalid cache request</source>
        <translation>Ungültige Cache-Anfrage</translation>
    </message>
</context>
<context>
    <name>LocalSandboxProvider</name>
    <message>
        <source>bubblewrap (bwrap) is not installed</source>
        <translation>bubblewrap (bwrap) ist nicht installiert</translation>
    </message>
    <message>
        <source>slirp4netns is not installed</source>
        <translation>slirp4netns ist nicht installiert</translation>
    </message>
    <message>
        <source>the sandbox agent (spawnai-sandbox-agent) is missing</source>
        <translation>der Sandbox-Agent (spawnai-sandbox-agent) fehlt</translation>
    </message>
    <message>
        <source>The sandbox agent (spawnai-sandbox-agent) is missing</source>
        <translation>Der Sandbox-Agent (spawnai-sandbox-agent) fehlt</translation>
    </message>
    <message>
        <source>creating a local sandbox</source>
        <translation>eine lokale Sandbox wird erstellt</translation>
    </message>
</context>
<context>
    <name>LocalSandboxSetup</name>
    <message>
        <source>Cannot prepare the sandbox folder: %1</source>
        <translation>Der Ordner der Sandbox kann nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <source>Cannot set the sandbox&apos;s limits: %1</source>
        <translation>Die Limits der Sandbox können nicht gesetzt werden: %1</translation>
    </message>
</context>
<context>
    <name>LocalServerScan</name>
    <message>
        <source>No local server found on this machine. Start one, then look again:
  Ollama: ollama serve, then ollama pull qwen2.5-coder:7b (https://ollama.com)
  LM Studio: load a model and start the server in the Developer tab, or lms server start
  llama.cpp: llama-server -m MODEL.gguf -c 32768</source>
        <translation>Kein lokaler Server auf diesem Rechner gefunden. Starten Sie einen und suchen Sie dann erneut:
  Ollama: ollama serve, dann ollama pull qwen2.5-coder:7b (https://ollama.com)
  LM Studio: ein Modell laden und den Server im Developer-Tab starten, oder lms server start
  llama.cpp: llama-server -m MODELL.gguf -c 32768</translation>
    </message>
</context>
<context>
    <name>LocalServersLabel</name>
    <message>
        <source>Local model servers</source>
        <translation>Lokale Modellserver</translation>
    </message>
    <message>
        <source>Looking for local model servers on this computer…</source>
        <translation>Suche lokale Modellserver auf diesem Computer…</translation>
    </message>
    <message>
        <source>%1 at %2:</source>
        <translation>%1 unter %2:</translation>
    </message>
    <message>
        <source>  no models yet</source>
        <translation>  noch keine Modelle</translation>
    </message>
    <message>
        <source>%1 context</source>
        <translation>%1 Kontext</translation>
    </message>
    <message>
        <source>too small for apps</source>
        <translation>zu klein für Apps</translation>
    </message>
    <message>
        <source>  %1</source>
        <translation>  %1</translation>
    </message>
    <message>
        <source>  %1 (%2)</source>
        <translation>  %1 (%2)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>SpawnAI</source>
        <translation>SpawnAI</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>Menüleiste</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Deploy the %1 template in a new session</source>
        <translation>Die Vorlage %1 in einer neuen Sitzung bereitstellen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sitzung</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Find Session</source>
        <translation>Sitzung &amp;finden</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>Keys and connections, defaults for new apps, the budget</source>
        <translation>Schlüssel und Verbindungen, Vorgaben für neue Apps, das Budget</translation>
    </message>
    <message>
        <source>&amp;API Keys…</source>
        <translation>&amp;API-Schlüssel …</translation>
    </message>
    <message>
        <source>Add or remove the keys of Claude, an OpenAI-compatible server and E2B</source>
        <translation>Die Schlüssel für Claude, einen OpenAI-kompatiblen Server und E2B hinzufügen oder entfernen</translation>
    </message>
    <message>
        <source>Add key</source>
        <translation>Schlüssel hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About SpawnAI</source>
        <translation>Über &amp;SpawnAI</translation>
    </message>
    <message>
        <source>More menus</source>
        <translation>Weitere Menüs</translation>
    </message>
    <message>
        <source>The %1 template could not be started.</source>
        <translation>Die Vorlage %1 konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>The app could not be started.</source>
        <translation>Die App konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>About SpawnAI</source>
        <translation>Über SpawnAI</translation>
    </message>
    <message>
        <source>&lt;b&gt;SpawnAI %1&lt;/b&gt;&lt;p&gt;Describe an app, watch it run.&lt;/p&gt;</source>
        <translation>&lt;b&gt;SpawnAI %1&lt;/b&gt;&lt;p&gt;Beschreiben Sie eine App und sehen Sie ihr beim Laufen zu.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>Verlängern</translation>
    </message>
    <message>
        <source>&amp;Costs</source>
        <translation>&amp;Kosten</translation>
    </message>
    <message>
        <source>E2B cloud sandboxes need an E2B API key. Add one in Settings, or run the app locally.</source>
        <translation>E2B-Cloud-Sandboxes brauchen einen E2B-API-Schlüssel. Fügen Sie einen in den Einstellungen hinzu, oder führen Sie die App lokal aus.</translation>
    </message>
    <message>
        <source>This sandbox is not available here.</source>
        <translation>Diese Sandbox ist hier nicht verfügbar.</translation>
    </message>
    <message>
        <source>&amp;New App</source>
        <translation>&amp;Neue App</translation>
    </message>
    <message>
        <source>Describe a new app or pick a template</source>
        <translation>Eine neue App beschreiben oder eine Vorlage wählen</translation>
    </message>
    <message>
        <source>New from &amp;Template</source>
        <translation>Neu aus &amp;Vorlage</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Go to &amp;Prompt</source>
        <translation>Zur &amp;Beschreibung</translation>
    </message>
    <message>
        <source>Type a new app&apos;s description, or a change to the shown one</source>
        <translation>Eine neue App beschreiben oder eine Änderung an der gezeigten eingeben</translation>
    </message>
    <message>
        <source>Set the plan to %1</source>
        <translation>Tarif auf %1 stellen</translation>
    </message>
    <message>
        <source>The plan in Settings is now %1, but E2B_PLAN or --plan sets %2 and wins over it: change it there.</source>
        <translation>Der Tarif in den Einstellungen ist jetzt %1, aber E2B_PLAN oder --plan setzt %2 und geht vor: Ändern Sie ihn dort.</translation>
    </message>
    <message>
        <source>The plan is now %1. Redeploy the app to run it again.</source>
        <translation>Der Tarif ist jetzt %1. Stellen Sie die App erneut bereit, um sie wieder auszuführen.</translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation>Vorlage: %1</translation>
    </message>
    <message>
        <source>Nothing on this computer opens %1.</source>
        <translation>Nichts auf diesem Computer kann %1 öffnen.</translation>
    </message>
    <message>
        <source>&amp;Documentation</source>
        <translation>&amp;Dokumentation</translation>
    </message>
    <message>
        <source>Read how SpawnAI works</source>
        <translation>Lesen, wie SpawnAI funktioniert</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>List the keys of the window&apos;s commands</source>
        <translation>Die Tasten der Befehle des Fensters auflisten</translation>
    </message>
    <message>
        <source>&amp;Report a Problem…</source>
        <translation>Ein &amp;Problem melden …</translation>
    </message>
    <message>
        <source>Open the folder with the logs, to attach them to a report</source>
        <translation>Den Ordner mit den Protokollen öffnen, um sie einer Meldung beizufügen</translation>
    </message>
</context>
<context>
    <name>Manifest</name>
    <message>
        <source>spawnai.json: %1</source>
        <translation>spawnai.json: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must not be empty; leave it out instead</source>
        <translation>„%1“ darf nicht leer sein; lassen Sie es stattdessen weg</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than %2 characters</source>
        <translation>„%1“ ist länger als %2 Zeichen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be one line without control characters</source>
        <translation>„%1“ muss eine Zeile ohne Steuerzeichen sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>„%1“ muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of package names</source>
        <translation>„%1“ muss eine Liste von Paketnamen sein</translation>
    </message>
    <message>
        <source>&quot;%1[%2]&quot; must be a string</source>
        <translation>„%1[%2]“ muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; lists more than %2 packages</source>
        <translation>„%1“ listet mehr als %2 Pakete auf</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at offset %2</source>
        <translation>kein gültiges JSON: %1 an Position %2</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; (known: %2)</source>
        <translation>unbekanntes Feld „%1“ (bekannt: %2)</translation>
    </message>
    <message>
        <source>&quot;type&quot; is missing: use webapp, api or script</source>
        <translation>„type“ fehlt: Verwenden Sie webapp, api oder script</translation>
    </message>
    <message>
        <source>&quot;type&quot; must be a string: webapp, api or script</source>
        <translation>„type“ muss eine Zeichenkette sein: webapp, api oder script</translation>
    </message>
    <message>
        <source>&quot;type&quot; must be webapp, api or script, not &quot;%1&quot;</source>
        <translation>„type“ muss webapp, api oder script sein, nicht „%1“</translation>
    </message>
    <message>
        <source>&quot;port&quot; must be a whole number from %1 to %2</source>
        <translation>„port“ muss eine ganze Zahl von %1 bis %2 sein</translation>
    </message>
    <message>
        <source>&quot;install&quot; must be an object such as {&quot;npm&quot;: [], &quot;pip&quot;: []}</source>
        <translation>„install“ muss ein Objekt sein, etwa {&quot;npm&quot;: [], &quot;pip&quot;: []}</translation>
    </message>
    <message>
        <source>&quot;name&quot; must be one line of at most %1 characters</source>
        <translation>„name“ muss eine Zeile mit höchstens %1 Zeichen sein</translation>
    </message>
    <message>
        <source>&quot;description&quot; is longer than %1 characters</source>
        <translation>„description“ ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: &quot;%2&quot; is not a package name</source>
        <translation>„%1“: „%2“ ist kein Paketname</translation>
    </message>
    <message>
        <source>&quot;install&quot; has an unknown field &quot;%1&quot; (known: %2)</source>
        <translation>„install“ hat ein unbekanntes Feld „%1“ (bekannt: %2)</translation>
    </message>
</context>
<context>
    <name>McpTools</name>
    <message>
        <source>spawn_app needs exactly one of &quot;prompt&quot;, &quot;template&quot; or &quot;files&quot; (with &quot;manifest&quot;)</source>
        <translation>spawn_app braucht genau eines von „prompt“, „template“ oder „files“ (mit „manifest“)</translation>
    </message>
    <message>
        <source>&quot;files&quot; and &quot;manifest&quot; go together</source>
        <translation>„files“ und „manifest“ gehören zusammen</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Text der Meldung</translation>
    </message>
    <message>
        <source>Fix the problem</source>
        <translation>Das Problem beheben</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
</context>
<context>
    <name>ModelKey</name>
    <message>
        <source>Claude needs an API key to write the app: add one in Settings &gt; API keys or set ANTHROPIC_API_KEY, or choose an OpenAI-compatible server such as Ollama.</source>
        <translation>Claude braucht einen API-Schlüssel, um die App zu schreiben: Fügen Sie einen unter Einstellungen &gt; API-Schlüssel hinzu oder setzen Sie ANTHROPIC_API_KEY, oder wählen Sie einen OpenAI-kompatiblen Server wie Ollama.</translation>
    </message>
</context>
<context>
    <name>ModelListing</name>
    <message>
        <source>%1 listed no models</source>
        <translation>%1 hat keine Modelle aufgelistet</translation>
    </message>
</context>
<context>
    <name>ModelRequestLine</name>
    <message>
        <source>price unknown</source>
        <translation>Preis unbekannt</translation>
    </message>
    <message>
        <source>Model request (%1): %2 tokens in, %3 out, %4</source>
        <translation>Modellanfrage (%1): %2 Tokens ein, %3 aus, %4</translation>
    </message>
    <message>
        <source>Model request (%1): %2 tokens in (%3 read from the prompt cache, %4 written to it), %5 out, %6</source>
        <translation>Modellanfrage (%1): %2 Tokens ein (%3 aus dem Prompt-Cache gelesen, %4 hineingeschrieben), %5 aus, %6</translation>
    </message>
</context>
<context>
    <name>ModelsCommand</name>
    <message>
        <source>%1 at %2: not running</source>
        <translation>%1 unter %2: läuft nicht</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 unter %2</translation>
    </message>
    <message>
        <source>%1 %2 at %3</source>
        <translation>%1 %2 unter %3</translation>
    </message>
    <message>
        <source>  no models yet</source>
        <translation>  noch keine Modelle</translation>
    </message>
    <message>
        <source>%1 context loaded (of %2)</source>
        <translation>%1 Kontext geladen (von %2)</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>%1 context</source>
        <translation>%1 Kontext</translation>
    </message>
    <message>
        <source>too small for apps</source>
        <translation>zu klein für Apps</translation>
    </message>
</context>
<context>
    <name>NewAppForm</name>
    <message>
        <source>Server &amp;address:</source>
        <translation>Server-&amp;Adresse:</translation>
    </message>
    <message>
        <source>Let the app reach the &amp;internet</source>
        <translation>Der App erlauben, das &amp;Internet zu erreichen</translation>
    </message>
    <message>
        <source>&amp;Create app</source>
        <translation>App &amp;erstellen</translation>
    </message>
    <message>
        <source>Describe your app</source>
        <translation>Beschreiben Sie Ihre App</translation>
    </message>
    <message>
        <source>Describe the app you want, e.g. &quot;a pomodoro timer with a dark theme&quot;</source>
        <translation>Beschreiben Sie die gewünschte App, z. B. „ein Pomodoro-Timer mit dunklem Design“</translation>
    </message>
    <message>
        <source>App type</source>
        <translation>Art der App</translation>
    </message>
    <message>
        <source>Let the model choose</source>
        <translation>Das Modell wählen lassen</translation>
    </message>
    <message>
        <source>Web app</source>
        <translation>Web-App</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Skript</translation>
    </message>
    <message>
        <source>Model provider</source>
        <translation>Modellanbieter</translation>
    </message>
    <message>
        <source>Claude</source>
        <translation>Claude</translation>
    </message>
    <message>
        <source>OpenAI-compatible server</source>
        <translation>OpenAI-kompatibler Server</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Model name</source>
        <translation>Modellname</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Server-Adresse</translation>
    </message>
    <message>
        <source>Internet access for the app</source>
        <translation>Internetzugang für die App</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>Geschätzte Kosten</translation>
    </message>
    <message>
        <source>Create app</source>
        <translation>App erstellen</translation>
    </message>
    <message>
        <source>Create the app (Ctrl+Return)</source>
        <translation>Die App erstellen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>App &amp;type:</source>
        <translation>Art der A&amp;pp:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>App types</source>
        <translation>Arten von Apps</translation>
    </message>
    <message>
        <source>Model providers</source>
        <translation>Modellanbieter</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>the server&apos;s model, e.g. qwen2.5-coder</source>
        <translation>das Modell des Servers, z. B. qwen2.5-coder</translation>
    </message>
    <message>
        <source>Where the app runs</source>
        <translation>Wo die App läuft</translation>
    </message>
    <message>
        <source>Local sandbox (free)</source>
        <translation>Lokale Sandbox (kostenlos)</translation>
    </message>
    <message>
        <source>E2B cloud sandbox (shareable, billed by the second)</source>
        <translation>E2B-Cloud-Sandbox (teilbar, sekundengenau abgerechnet)</translation>
    </message>
    <message>
        <source>&amp;Runs in:</source>
        <translation>&amp;Läuft in:</translation>
    </message>
    <message>
        <source>Set &amp;price…</source>
        <translation>&amp;Preis festlegen…</translation>
    </message>
    <message>
        <source>Set the model&apos;s price</source>
        <translation>Den Preis des Modells festlegen</translation>
    </message>
    <message>
        <source>Open Settings &gt; Budget &gt; Prices for this model</source>
        <translation>Einstellungen &gt; Budget &gt; Preise für dieses Modell öffnen</translation>
    </message>
    <message>
        <source>Choose a model to see what the app costs.</source>
        <translation>Wählen Sie ein Modell, um zu sehen, was die App kostet.</translation>
    </message>
    <message>
        <source>Attach a picture to the prompt</source>
        <translation>Der Beschreibung ein Bild anhängen</translation>
    </message>
    <message>
        <source>the prompt</source>
        <translation>die Beschreibung</translation>
    </message>
    <message>
        <source>The app&apos;s environment variables</source>
        <translation>Die Umgebungsvariablen der App</translation>
    </message>
    <message>
        <source>En&amp;vironment…</source>
        <translation>&amp;Umgebung…</translation>
    </message>
    <message numerus="yes">
        <source>En&amp;vironment (%n)…</source>
        <translation>
            <numerusform>&amp;Umgebung (%n)…</numerusform>
            <numerusform>&amp;Umgebung (%n)…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Your app is ready</source>
        <translation>Ihre App ist bereit</translation>
    </message>
    <message>
        <source>“%1” is running.</source>
        <translation>„%1“ läuft.</translation>
    </message>
    <message>
        <source>“%1” is running at %2.</source>
        <translation>„%1“ läuft unter %2.</translation>
    </message>
    <message>
        <source>Your app could not start</source>
        <translation>Ihre App konnte nicht starten</translation>
    </message>
    <message>
        <source>“%1” failed. Open SpawnAI to see what happened.</source>
        <translation>„%1“ ist fehlgeschlagen. Öffnen Sie SpawnAI, um zu sehen, was passiert ist.</translation>
    </message>
    <message>
        <source>“%1” failed: %2</source>
        <translation>„%1“ ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>A sandbox stops soon</source>
        <translation>Eine Sandbox endet bald</translation>
    </message>
    <message numerus="yes">
        <source>“%1” stops in %n minute(s). Extend it to keep it running.</source>
        <translation>
            <numerusform>„%1“ endet in %n Minute. Verlängern Sie die Sandbox, damit sie weiterläuft.</numerusform>
            <numerusform>„%1“ endet in %n Minuten. Verlängern Sie die Sandbox, damit sie weiterläuft.</numerusform>
        </translation>
    </message>
    <message>
        <source>Monthly budget spent</source>
        <translation>Monatsbudget aufgebraucht</translation>
    </message>
    <message>
        <source>%1 % of the monthly budget</source>
        <translation>%1 % des Monatsbudgets</translation>
    </message>
    <message>
        <source>%1 of your %2 monthly budget is spent (%3 %).</source>
        <translation>%1 Ihres Monatsbudgets von %2 sind ausgegeben (%3 %).</translation>
    </message>
    <message>
        <source>Stopped at the monthly budget</source>
        <translation>Beim Monatsbudget gestoppt</translation>
    </message>
    <message>
        <source>The monthly budget of %1 is spent (%2). Stopped: %3. Their files and history are kept; raise the budget in Settings to go on.</source>
        <translation>Das Monatsbudget von %1 ist aufgebraucht (%2). Gestoppt: %3. Dateien und Verlauf bleiben erhalten; erhöhen Sie das Budget in den Einstellungen, um weiterzumachen.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” stops in %n minute(s): %2</source>
        <translation>
            <numerusform>„%1“ stoppt in %n Minute: %2</numerusform>
            <numerusform>„%1“ stoppt in %n Minuten: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpenAiClient</name>
    <message>
        <source>No model is chosen for %1: pick one in Settings</source>
        <translation>Für %1 ist kein Modell gewählt: Wählen Sie eines in den Einstellungen</translation>
    </message>
    <message>
        <source>The output limit must be at least one token</source>
        <translation>Das Ausgabelimit muss mindestens ein Token betragen</translation>
    </message>
    <message>
        <source>There is nothing to send to %1</source>
        <translation>Es gibt nichts, was an %1 gesendet werden könnte</translation>
    </message>
    <message>
        <source>The connection to the model server was closed</source>
        <translation>Die Verbindung zum Modellserver wurde geschlossen</translation>
    </message>
</context>
<context>
    <name>PackageJson</name>
    <message>
        <source>package.json: &quot;%1&quot; must be a version range, not &quot;%2&quot;</source>
        <translation>package.json: „%1“ muss ein Versionsbereich sein, nicht „%2“</translation>
    </message>
    <message>
        <source>%1: &quot;resolved&quot; must point at %2, not &quot;%3&quot;</source>
        <translation>%1: „resolved“ muss auf %2 zeigen, nicht auf „%3“</translation>
    </message>
    <message>
        <source>%1: version &quot;%2&quot; is not from the registry</source>
        <translation>%1: Version „%2“ stammt nicht aus der Registry</translation>
    </message>
    <message>
        <source>package.json is not a JSON object: %1</source>
        <translation>package.json ist kein JSON-Objekt: %1</translation>
    </message>
    <message>
        <source>package.json: &quot;%1&quot; must be an object</source>
        <translation>package.json: „%1“ muss ein Objekt sein</translation>
    </message>
    <message>
        <source>package.json: &quot;%1&quot; lists &quot;%2&quot;, which is not a valid package name</source>
        <translation>package.json: „%1“ enthält „%2“, was kein gültiger Paketname ist</translation>
    </message>
    <message>
        <source>package.json: &quot;%1&quot; of &quot;%2&quot; must be a version range such as ^4.19.2, not a URL, git, file or alias reference (got &quot;%3&quot;)</source>
        <translation>package.json: „%1“ von „%2“ muss ein Versionsbereich wie ^4.19.2 sein, kein Verweis auf URL, Git, Datei oder Alias („%3“ erhalten)</translation>
    </message>
    <message>
        <source>package.json: &quot;overrides&quot; must be an object</source>
        <translation>package.json: „overrides“ muss ein Objekt sein</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 ist kein JSON-Objekt: %2</translation>
    </message>
</context>
<context>
    <name>PackageSpec</name>
    <message>
        <source>it is empty</source>
        <translation>es ist leer</translation>
    </message>
    <message>
        <source>it is longer than %1 characters</source>
        <translation>es ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>it contains whitespace</source>
        <translation>es enthält Leerraum</translation>
    </message>
    <message>
        <source>it contains a control character</source>
        <translation>es enthält ein Steuerzeichen</translation>
    </message>
    <message>
        <source>it looks like a command-line option</source>
        <translation>es sieht wie eine Kommandozeilenoption aus</translation>
    </message>
    <message>
        <source>URLs, git and file references are not allowed, only registry names</source>
        <translation>Verweise auf URLs, Git und Dateien sind nicht erlaubt, nur Namen aus der Registry</translation>
    </message>
    <message>
        <source>it contains shell characters</source>
        <translation>es enthält Shell-Zeichen</translation>
    </message>
    <message>
        <source>%1 package &quot;%2&quot; is not allowed: %3</source>
        <translation>%1-Paket „%2“ ist nicht erlaubt: %3</translation>
    </message>
    <message>
        <source>paths are not allowed, only registry names</source>
        <translation>Pfade sind nicht erlaubt, nur Namen aus der Registry</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid package name (lower-case letters, digits, &quot;-&quot;, &quot;.&quot;, &quot;_&quot;, an optional @scope/)</source>
        <translation>„%1“ ist kein gültiger Paketname (Kleinbuchstaben, Ziffern, „-“, „.“, „_“, optional ein @scope/)</translation>
    </message>
    <message>
        <source>the name is longer than 214 characters</source>
        <translation>der Name ist länger als 214 Zeichen</translation>
    </message>
    <message>
        <source>the version must be a semver range or a tag such as ^4.19.2 or latest</source>
        <translation>die Version muss ein Semver-Bereich oder ein Tag wie ^4.19.2 oder latest sein</translation>
    </message>
    <message>
        <source>direct references and markers are not allowed</source>
        <translation>direkte Verweise und Marker sind nicht erlaubt</translation>
    </message>
    <message>
        <source>write a name with an optional version, such as requests==2.31.0 or numpy&gt;=1.26,&lt;2</source>
        <translation>schreiben Sie einen Namen mit optionaler Version, etwa requests==2.31.0 oder numpy&gt;=1.26,&lt;2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a package name (such as sharp, @scope/name or Pillow)</source>
        <translation>„%1“ ist kein Paketname (wie sharp, @scope/name oder Pillow)</translation>
    </message>
</context>
<context>
    <name>PathValidator</name>
    <message>
        <source>File &quot;%1&quot; is not allowed: %2</source>
        <translation>Die Datei „%1“ ist nicht erlaubt: %2</translation>
    </message>
    <message>
        <source>the path is empty</source>
        <translation>der Pfad ist leer</translation>
    </message>
    <message>
        <source>the path is longer than %1 characters</source>
        <translation>der Pfad ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>it contains a control or invisible character</source>
        <translation>er enthält ein Steuerzeichen oder ein unsichtbares Zeichen</translation>
    </message>
    <message>
        <source>backslashes are not allowed, use &quot;/&quot;</source>
        <translation>Backslashes sind nicht erlaubt, verwenden Sie „/“</translation>
    </message>
    <message>
        <source>the path must be relative to the app folder</source>
        <translation>der Pfad muss relativ zum App-Ordner sein</translation>
    </message>
    <message>
        <source>drive letters are not allowed</source>
        <translation>Laufwerksbuchstaben sind nicht erlaubt</translation>
    </message>
    <message>
        <source>it is nested deeper than %1 folders</source>
        <translation>er ist tiefer als %1 Ordner verschachtelt</translation>
    </message>
    <message>
        <source>it has an empty path segment</source>
        <translation>er hat einen leeren Pfadabschnitt</translation>
    </message>
    <message>
        <source>&quot;.&quot; and &quot;..&quot; segments are not allowed</source>
        <translation>Abschnitte „.“ und „..“ sind nicht erlaubt</translation>
    </message>
    <message>
        <source>a name is longer than %1 bytes</source>
        <translation>ein Name ist länger als %1 Byte</translation>
    </message>
    <message>
        <source>node_modules is filled by the package install</source>
        <translation>node_modules wird von der Paketinstallation gefüllt</translation>
    </message>
    <message>
        <source>.spawnai is reserved for SpawnAI</source>
        <translation>.spawnai ist für SpawnAI reserviert</translation>
    </message>
    <message>
        <source>.npmrc could redirect the package install</source>
        <translation>.npmrc könnte die Paketinstallation umleiten</translation>
    </message>
    <message>
        <source>a path must not start with &quot;:&quot;</source>
        <translation>ein Pfad darf nicht mit &quot;:&quot; beginnen</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message numerus="yes">
        <source>The %1 plan runs a sandbox for at most %n minute(s); this one has reached it.</source>
        <translation>
            <numerusform>Der Tarif %1 lässt eine Sandbox höchstens %n Minute laufen; diese hat die Grenze erreicht.</numerusform>
            <numerusform>Der Tarif %1 lässt eine Sandbox höchstens %n Minuten laufen; diese hat die Grenze erreicht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PointedElementChip</name>
    <message>
        <source>Element pointed at</source>
        <translation>Gezeigtes Element</translation>
    </message>
    <message>
        <source>Forget the element pointed at</source>
        <translation>Das gezeigte Element vergessen</translation>
    </message>
    <message>
        <source>%1
Selector: %2
Text: %3
File: %4</source>
        <translation>%1
Selektor: %2
Text: %3
Datei: %4</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
</context>
<context>
    <name>PreviewErrorsBar</name>
    <message>
        <source>&amp;Fix</source>
        <translation>&amp;Beheben</translation>
    </message>
    <message>
        <source>Ask the model to fix the preview&apos;s errors</source>
        <translation>Das Modell die Fehler der Vorschau beheben lassen</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) in the preview of version %1</source>
        <translation>
            <numerusform>%n Fehler in der Vorschau von Version %1</numerusform>
            <numerusform>%n Fehler in der Vorschau von Version %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Send the errors, the files they point at and the end of the app&apos;s log to the model as a change</source>
        <translation>Die Fehler, die Dateien, auf die sie zeigen, und das Ende des App-Protokolls als Änderung an das Modell senden</translation>
    </message>
    <message>
        <source>Only a ready app the model wrote takes a change</source>
        <translation>Nur eine bereite App, die das Modell geschrieben hat, nimmt eine Änderung an</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>The app appears here once it is ready.</source>
        <translation>Die App erscheint hier, sobald sie bereit ist.</translation>
    </message>
    <message>
        <source>App preview</source>
        <translation>Vorschau der App</translation>
    </message>
    <message>
        <source>[preview] could not load %1</source>
        <translation>[Vorschau] %1 konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>[preview] could not open %1 in a web browser</source>
        <translation>[Vorschau] %1 konnte nicht in einem Webbrowser geöffnet werden</translation>
    </message>
    <message>
        <source>The preview cannot be shown here: %1
Open the app in your web browser instead.</source>
        <translation>Die Vorschau kann hier nicht angezeigt werden: %1
Öffnen Sie die App stattdessen in Ihrem Webbrowser.</translation>
    </message>
    <message>
        <source>Preview state</source>
        <translation>Zustand der Vorschau</translation>
    </message>
    <message>
        <source>Updating… The new version shows here once it is ready.</source>
        <translation>Wird aktualisiert … Die neue Version erscheint hier, sobald sie bereit ist.</translation>
    </message>
</context>
<context>
    <name>PreviewPlaceholder</name>
    <message>
        <source>Redeploy the app</source>
        <translation>Die App erneut bereitstellen</translation>
    </message>
</context>
<context>
    <name>PreviewToolbar</name>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Load the page again</source>
        <translation>Die Seite neu laden</translation>
    </message>
    <message>
        <source>Open in Browser</source>
        <translation>Im Browser öffnen</translation>
    </message>
    <message>
        <source>Open the page in your web browser</source>
        <translation>Die Seite in Ihrem Webbrowser öffnen</translation>
    </message>
    <message>
        <source>Copy URL</source>
        <translation>URL kopieren</translation>
    </message>
    <message>
        <source>Copy the page&apos;s address</source>
        <translation>Die Adresse der Seite kopieren</translation>
    </message>
    <message>
        <source>Page address</source>
        <translation>Adresse der Seite</translation>
    </message>
    <message>
        <source>Device size</source>
        <translation>Gerätegröße</translation>
    </message>
    <message>
        <source>Device sizes</source>
        <translation>Gerätegrößen</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Desktop</translation>
    </message>
    <message>
        <source>Phone (390 × 844)</source>
        <translation>Smartphone (390 × 844)</translation>
    </message>
    <message>
        <source>Tablet (820 × 1180)</source>
        <translation>Tablet (820 × 1180)</translation>
    </message>
    <message>
        <source>Pick Element</source>
        <translation>Element zeigen</translation>
    </message>
    <message>
        <source>Point at an element of the page for the next change; double-click a text to edit it (Esc cancels)</source>
        <translation>Auf ein Element der Seite zeigen, für die nächste Änderung; Doppelklick auf einen Text bearbeitet ihn (Esc bricht ab)</translation>
    </message>
    <message>
        <source>Save Text</source>
        <translation>Text speichern</translation>
    </message>
    <message>
        <source>Save the text edited in the page as a new version, without the model</source>
        <translation>Den in der Seite bearbeiteten Text als neue Version speichern, ohne das Modell</translation>
    </message>
</context>
<context>
    <name>PriceOverridesEditor</name>
    <message>
        <source>Price overrides</source>
        <translation>Eigene Preise</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Cache write</source>
        <translation>Cache-Schreiben</translation>
    </message>
    <message>
        <source>Cache read</source>
        <translation>Cache-Lesen</translation>
    </message>
    <message>
        <source>Select all prices</source>
        <translation>Alle Preise auswählen</translation>
    </message>
    <message>
        <source>&amp;Add price</source>
        <translation>Preis &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add a price</source>
        <translation>Einen Preis hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move price</source>
        <translation>Preis &amp;entfernen</translation>
    </message>
    <message>
        <source>Remove the selected price</source>
        <translation>Den ausgewählten Preis entfernen</translation>
    </message>
    <message>
        <source>your settings</source>
        <translation>Ihre Einstellungen</translation>
    </message>
    <message>
        <source>Your own prices in US dollars per million tokens. A model listed here is priced with these instead of the built-in table. An empty cache price follows the input price (for Claude: 1.25 times to write, a tenth to read).</source>
        <translation>Ihre eigenen Preise in US-Dollar pro Million Tokens. Ein hier aufgeführtes Modell wird mit diesen statt mit der eingebauten Tabelle berechnet. Ein leerer Cache-Preis folgt dem Eingabepreis (bei Claude: das 1,25-Fache zum Schreiben, ein Zehntel zum Lesen).</translation>
    </message>
</context>
<context>
    <name>PriceTable</name>
    <message>
        <source>The price table is not valid JSON: %1</source>
        <translation>Die Preistabelle ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>A price entry has no model id or a negative price</source>
        <translation>Ein Preiseintrag hat keine Modell-ID oder einen negativen Preis</translation>
    </message>
    <message>
        <source>A sandbox price has no provider or a negative price</source>
        <translation>Ein Sandbox-Preis hat keinen Anbieter oder einen negativen Preis</translation>
    </message>
</context>
<context>
    <name>PrivateAppNotice</name>
    <message>
        <source>A private app</source>
        <translation>Eine private App</translation>
    </message>
    <message>
        <source>This app is private: E2B answers only requests that carry its access token. SpawnAI&apos;s preview adds the token; your web browser cannot, so E2B would show it an error (403).</source>
        <translation>Diese App ist privat: E2B beantwortet nur Anfragen, die ihr Zugriffstoken tragen. Die Vorschau von SpawnAI fügt das Token hinzu; Ihr Webbrowser kann das nicht, daher würde E2B ihm einen Fehler zeigen (403).</translation>
    </message>
    <message>
        <source>E2B cannot make a private app public while it runs: its API changes only what the sandbox may reach, not who may reach it. To get an address anyone can open, turn off Settings ▸ Defaults ▸ Private previews, then stop the app and redeploy it: E2B gives the new sandbox a public address.</source>
        <translation>E2B kann eine private App nicht öffentlich machen, während sie läuft: Seine API ändert nur, was die Sandbox erreichen darf, nicht, wer sie erreichen darf. Für eine Adresse, die jeder öffnen kann, schalten Sie Einstellungen ▸ Standards ▸ Private Vorschauen aus, stoppen dann die App und stellen sie erneut bereit: E2B gibt der neuen Sandbox eine öffentliche Adresse.</translation>
    </message>
    <message>
        <source>Show in &amp;Preview</source>
        <translation>In der &amp;Vorschau zeigen</translation>
    </message>
    <message>
        <source>Copy &amp;curl Command</source>
        <translation>&amp;curl-Befehl kopieren</translation>
    </message>
    <message>
        <source>A command line that fetches the app with its token, for an API or a script. It holds the token: share it only with people who may use the app.</source>
        <translation>Eine Befehlszeile, die die App mit ihrem Token abruft, für eine API oder ein Skript. Sie enthält das Token: Teilen Sie sie nur mit Personen, die die App verwenden dürfen.</translation>
    </message>
</context>
<context>
    <name>PromptImageCheck</name>
    <message>
        <source>%1 images were attached; a prompt takes at most %2</source>
        <translation>%1 Bilder wurden angehängt; ein Prompt nimmt höchstens %2</translation>
    </message>
    <message>
        <source>%1 is %2 MB; images may be at most 5 MB</source>
        <translation>%1 ist %2 MB groß; Bilder dürfen höchstens 5 MB groß sein</translation>
    </message>
    <message>
        <source>%1 is not a PNG, JPEG, WebP or GIF image (or it is damaged)</source>
        <translation>%1 ist kein PNG-, JPEG-, WebP- oder GIF-Bild (oder es ist beschädigt)</translation>
    </message>
    <message>
        <source>%1 is %2 x %3 pixels; images may be at most 8000 pixels a side</source>
        <translation>%1 hat %2 × %3 Pixel; Bilder dürfen höchstens 8000 Pixel je Seite haben</translation>
    </message>
    <message>
        <source>There is no image file %1</source>
        <translation>Es gibt keine Bilddatei %1</translation>
    </message>
    <message>
        <source>Cannot read the image %1: %2</source>
        <translation>Das Bild %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a base64 data URI (data:image/png;base64,...)</source>
        <translation>%1 ist keine Base64-Data-URI (data:image/png;base64,...)</translation>
    </message>
    <message>
        <source>%1 is larger than 5 MB; images may be at most 5 MB</source>
        <translation>%1 ist größer als 5 MB; Bilder dürfen höchstens 5 MB groß sein</translation>
    </message>
    <message>
        <source>%1 is not valid base64</source>
        <translation>%1 ist kein gültiges Base64</translation>
    </message>
</context>
<context>
    <name>PromptImageStore</name>
    <message>
        <source>Cannot create the folder %1 for the prompt&apos;s images</source>
        <translation>Der Ordner %1 für die Bilder des Prompts kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Cannot store the image %1 in %2</source>
        <translation>Das Bild %1 kann nicht in %2 gespeichert werden</translation>
    </message>
    <message>
        <source>The prompt&apos;s image %1 is missing from %2</source>
        <translation>Das Bild %1 des Prompts fehlt in %2</translation>
    </message>
    <message>
        <source>The prompt&apos;s image %1 is damaged</source>
        <translation>Das Bild %1 des Prompts ist beschädigt</translation>
    </message>
</context>
<context>
    <name>ResourceLimiter</name>
    <message>
        <source>The app went over its memory limit of %1 MiB and was stopped</source>
        <translation>Die App hat ihr Speicherlimit von %1 MiB überschritten und wurde gestoppt</translation>
    </message>
    <message>
        <source>The app tried to run more than its limit of %1 processes and was stopped</source>
        <translation>Die App wollte mehr als ihr Limit von %1 Prozessen ausführen und wurde gestoppt</translation>
    </message>
    <message>
        <source>The app filled its workspace limit of %1 MiB and was stopped</source>
        <translation>Die App hat ihr Limit für den Arbeitsbereich von %1 MiB gefüllt und wurde gestoppt</translation>
    </message>
</context>
<context>
    <name>RunEnvironment</name>
    <message>
        <source>The app&apos;s environment could not be kept in the keychain (%1): a redeploy will not have it</source>
        <translation>Die Umgebung der App konnte nicht im Schlüsselbund abgelegt werden (%1): eine erneute Bereitstellung hat sie nicht</translation>
    </message>
</context>
<context>
    <name>RunExpiry</name>
    <message>
        <source>Only a running sandbox can be extended</source>
        <translation>Nur eine laufende Sandbox kann verlängert werden</translation>
    </message>
    <message>
        <source>Extended the sandbox until %1</source>
        <translation>Die Sandbox wurde bis %1 verlängert</translation>
    </message>
    <message>
        <source>Not extended by itself: %1</source>
        <translation>Nicht von selbst verlängert: %1</translation>
    </message>
    <message>
        <source>Extended the sandbox until %1 (by itself: the app is in use)</source>
        <translation>Die Sandbox bis %1 verlängert (von selbst: die App wird verwendet)</translation>
    </message>
</context>
<context>
    <name>RuntimeOverrides</name>
    <message>
        <source>%1 is a whole number of seconds, not &quot;%2&quot;</source>
        <translation>%1 ist eine ganze Zahl von Sekunden, nicht „%2“</translation>
    </message>
    <message>
        <source>%1 is a whole number of milliseconds, not &quot;%2&quot;</source>
        <translation>%1 ist eine ganze Zahl von Millisekunden, nicht „%2“</translation>
    </message>
    <message>
        <source>%1 is too short: at least %2 (one second)</source>
        <translation>%1 ist zu kurz: mindestens %2 (eine Sekunde)</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 Sekunden</translation>
    </message>
    <message numerus="yes">
        <source>%1 is longer than the %2 plan allows: at most %3 (%n hour(s))</source>
        <translation>
            <numerusform>%1 ist länger, als der Tarif %2 erlaubt: höchstens %3 (%n Stunde)</numerusform>
            <numerusform>%1 ist länger, als der Tarif %2 erlaubt: höchstens %3 (%n Stunden)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is hobby or pro, not &quot;%2&quot;</source>
        <translation>%1 ist hobby oder pro, nicht „%2“</translation>
    </message>
    <message>
        <source>%1 is a whole number, not &quot;%2&quot;</source>
        <translation>%1 ist eine ganze Zahl, nicht „%2“</translation>
    </message>
    <message>
        <source>%1 is too low: at least 1 session runs at once</source>
        <translation>%1 ist zu niedrig: mindestens 1 Sitzung läuft gleichzeitig</translation>
    </message>
    <message>
        <source>%1 is more than the %2 plan allows: at most %3 sessions at once</source>
        <translation>%1 ist mehr, als der Tarif %2 erlaubt: höchstens %3 Sitzungen gleichzeitig</translation>
    </message>
    <message>
        <source>%1 is debug, info, warning or error, not &quot;%2&quot;</source>
        <translation>%1 ist debug, info, warning oder error, nicht „%2“</translation>
    </message>
    <message>
        <source>%1 is an amount in USD from 0 to 1000000, not &quot;%2&quot;</source>
        <translation>%1 ist ein Betrag in USD von 0 bis 1000000, nicht „%2“</translation>
    </message>
</context>
<context>
    <name>Sandbox</name>
    <message>
        <source>This sandbox keeps no cache</source>
        <translation>Diese Sandbox hat keinen Cache</translation>
    </message>
    <message>
        <source>This sandbox cannot be paused</source>
        <translation>Diese Sandbox kann nicht pausiert werden</translation>
    </message>
</context>
<context>
    <name>SandboxFolder</name>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>SandboxLedger</name>
    <message>
        <source>The ledger holds no sandbox %1</source>
        <translation>Das Register enthält keine Sandbox %1</translation>
    </message>
</context>
<context>
    <name>SandboxProvider</name>
    <message>
        <source>Sandbox %1 cannot be ended from here</source>
        <translation>Die Sandbox %1 kann von hier aus nicht beendet werden</translation>
    </message>
    <message>
        <source>creating a sandbox</source>
        <translation>eine Sandbox wird erstellt</translation>
    </message>
</context>
<context>
    <name>SandboxRelease</name>
    <message>
        <source>The sandbox could not be paused (%1); it was stopped instead. The app&apos;s files are kept.</source>
        <translation>Die Sandbox konnte nicht pausiert werden (%1); sie wurde stattdessen beendet. Die Dateien der App bleiben erhalten.</translation>
    </message>
</context>
<context>
    <name>ScriptApproval</name>
    <message>
        <source>There is no session %1</source>
        <translation>Es gibt keine Sitzung %1</translation>
    </message>
</context>
<context>
    <name>ScriptApprovalBar</name>
    <message>
        <source>&amp;Allow and redeploy</source>
        <translation>&amp;Erlauben und neu bereitstellen</translation>
    </message>
    <message>
        <source>Not &amp;now</source>
        <translation>&amp;Jetzt nicht</translation>
    </message>
    <message>
        <source>Runs these packages&apos; install scripts in the sandbox from now on, for this session and its follow-ups</source>
        <translation>Führt die Installationsskripte dieser Pakete ab jetzt in der Sandbox aus, für diese Sitzung und ihre Änderungen</translation>
    </message>
    <message>
        <source>This app asks to run the install scripts of: %1.</source>
        <translation>Diese App möchte die Installationsskripte ausführen von: %1.</translation>
    </message>
    <message>
        <source>Allow the install scripts and redeploy</source>
        <translation>Installationsskripte erlauben und neu bereitstellen</translation>
    </message>
    <message>
        <source>Not now: keep installing without these scripts</source>
        <translation>Nicht jetzt: weiter ohne diese Skripte installieren</translation>
    </message>
</context>
<context>
    <name>ScriptOutputPage</name>
    <message>
        <source>Finished</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Exited with code %1</source>
        <translation>Mit Code %1 beendet</translation>
    </message>
    <message>
        <source>Script output</source>
        <translation>Ausgabe des Skripts</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>The output was long; only its end is shown.</source>
        <translation>Die Ausgabe war lang; nur ihr Ende wird gezeigt.</translation>
    </message>
    <message>
        <source>The script printed nothing.</source>
        <translation>Das Skript hat nichts ausgegeben.</translation>
    </message>
</context>
<context>
    <name>SecretCommand</name>
    <message>
        <source>Cannot read standard input</source>
        <translation>Die Standardeingabe kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 is saved in the keychain for spawn --env-from-keychain %1</source>
        <translation>%1 ist im Schlüsselbund gespeichert, für spawn --env-from-keychain %1</translation>
    </message>
    <message>
        <source>%1 is removed from the keychain</source>
        <translation>%1 ist aus dem Schlüsselbund entfernt</translation>
    </message>
</context>
<context>
    <name>ServeCommand</name>
    <message>
        <source>--bind needs an IP address, not &quot;%1&quot;</source>
        <translation>--bind braucht eine IP-Adresse, nicht „%1“</translation>
    </message>
    <message>
        <source>--bind %1 would let other machines reach SpawnAI&apos;s API; add --allow-remote if that is what you want</source>
        <translation>--bind %1 würde anderen Rechnern Zugriff auf die API von SpawnAI geben; fügen Sie --allow-remote hinzu, wenn Sie das wollen</translation>
    </message>
    <message>
        <source>The API listens on %1, which other machines may reach: anyone with the token can run apps on this computer, and the connection is not encrypted</source>
        <translation>Die API ist unter %1 erreichbar, womöglich auch für andere Rechner: Jeder mit dem Token kann Apps auf diesem Computer ausführen, und die Verbindung ist nicht verschlüsselt</translation>
    </message>
    <message>
        <source>SpawnAI serves its API at %1 until Ctrl-C (the token: spawnai token)</source>
        <translation>SpawnAI bietet seine API unter %1 an, bis Strg-C gedrückt wird (das Token: spawnai token)</translation>
    </message>
</context>
<context>
    <name>SessionActions</name>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <source>Stop the app and remove its sandbox</source>
        <translation>Die App stoppen und ihre Sandbox entfernen</translation>
    </message>
    <message>
        <source>&amp;Redeploy</source>
        <translation>&amp;Erneut bereitstellen</translation>
    </message>
    <message>
        <source>Deploy the stored app again in a new sandbox</source>
        <translation>Die gespeicherte App in einer neuen Sandbox erneut bereitstellen</translation>
    </message>
    <message>
        <source>&amp;Open in Browser</source>
        <translation>Im &amp;Browser öffnen</translation>
    </message>
    <message>
        <source>Open the app in your web browser</source>
        <translation>Die App in Ihrem Webbrowser öffnen</translation>
    </message>
    <message>
        <source>&amp;Copy URL</source>
        <translation>URL &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the app&apos;s address</source>
        <translation>Die Adresse der App kopieren</translation>
    </message>
    <message>
        <source>&amp;Reload Preview</source>
        <translation>&amp;Vorschau neu laden</translation>
    </message>
    <message>
        <source>Load the app&apos;s page again</source>
        <translation>Die Seite der App neu laden</translation>
    </message>
    <message>
        <source>stopped from the window</source>
        <translation>im Fenster gestoppt</translation>
    </message>
    <message>
        <source>Could not open %1 in a web browser.</source>
        <translation>%1 konnte nicht in einem Webbrowser geöffnet werden.</translation>
    </message>
    <message>
        <source>Stopping: SpawnAI is ending the app&apos;s E2B sandbox and stops the session once E2B confirms it</source>
        <translation>Wird gestoppt: SpawnAI beendet die E2B-Sandbox der App und stoppt die Sitzung, sobald E2B es bestätigt</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen …</translation>
    </message>
    <message>
        <source>Stop the app and erase the session; what it cost stays counted</source>
        <translation>Die App stoppen und die Sitzung löschen; was sie gekostet hat, bleibt mitgezählt</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Ask the model again with the same prompt and settings, as a new session</source>
        <translation>Das Modell mit demselben Prompt und denselben Einstellungen erneut fragen, als neue Sitzung</translation>
    </message>
</context>
<context>
    <name>SessionCodeView</name>
    <message>
        <source>Save and &amp;Redeploy</source>
        <translation>Speichern und &amp;erneut bereitstellen</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Zurück&amp;setzen</translation>
    </message>
    <message>
        <source>Files of the app</source>
        <translation>Dateien der App</translation>
    </message>
    <message>
        <source>Code status</source>
        <translation>Status des Codes</translation>
    </message>
    <message>
        <source>Save the edited files and deploy them</source>
        <translation>Die bearbeiteten Dateien speichern und bereitstellen</translation>
    </message>
    <message>
        <source>Undo all edits</source>
        <translation>Alle Bearbeitungen rückgängig machen</translation>
    </message>
    <message>
        <source>Being written by the model</source>
        <translation>Wird vom Modell geschrieben</translation>
    </message>
    <message>
        <source>The model is writing %1</source>
        <translation>Das Modell schreibt %1</translation>
    </message>
    <message numerus="yes">
        <source>Version %1, %n file(s)</source>
        <translation>
            <numerusform>Version %1, %n Datei</numerusform>
            <numerusform>Version %1, %n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>No files yet.</source>
        <translation>Noch keine Dateien.</translation>
    </message>
    <message>
        <source>Edited, not deployed yet</source>
        <translation>Bearbeitet, noch nicht bereitgestellt</translation>
    </message>
    <message>
        <source>The edits were not deployed: %1</source>
        <translation>Die Bearbeitungen wurden nicht bereitgestellt: %1</translation>
    </message>
    <message>
        <source>C&amp;hanges</source>
        <translation>Än&amp;derungen</translation>
    </message>
    <message>
        <source>What a version changed against another, file by file</source>
        <translation>Was eine Version gegenüber einer anderen geändert hat, Datei für Datei</translation>
    </message>
    <message>
        <source>Show what a version changed</source>
        <translation>Zeigen, was eine Version geändert hat</translation>
    </message>
</context>
<context>
    <name>SessionCommands</name>
    <message>
        <source>No sessions yet. Try: spawnai spawn --template static-site</source>
        <translation>Noch keine Sitzungen. Probieren Sie: spawnai spawn --template static-site</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>SANDBOX</source>
        <translation>SANDBOX</translation>
    </message>
    <message>
        <source>UPDATED</source>
        <translation>GEÄNDERT</translation>
    </message>
    <message>
        <source>WHAT</source>
        <translation>WAS</translation>
    </message>
    <message>
        <source>Session   %1</source>
        <translation>Sitzung   %1</translation>
    </message>
    <message>
        <source>What      %1</source>
        <translation>Was       %1</translation>
    </message>
    <message>
        <source>Status    %1</source>
        <translation>Status    %1</translation>
    </message>
    <message>
        <source>Type      %1 in a %2 sandbox</source>
        <translation>Art       %1 in einer %2-Sandbox</translation>
    </message>
    <message>
        <source>URL       %1</source>
        <translation>URL       %1</translation>
    </message>
    <message>
        <source>Error     %1 (%2%3)</source>
        <translation>Fehler    %1 (%2%3)</translation>
    </message>
    <message>
        <source>, retrying can help</source>
        <translation>, ein erneuter Versuch kann helfen</translation>
    </message>
    <message>
        <source>Created   %1</source>
        <translation>Erstellt  %1</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>End of the log</source>
        <translation>Ende des Protokolls</translation>
    </message>
    <message>
        <source>no SpawnAI process was running it</source>
        <translation>kein SpawnAI-Prozess hat sie ausgeführt</translation>
    </message>
    <message>
        <source>The process running %1 did not stop it within 15 s</source>
        <translation>Der Prozess, der %1 ausführt, hat sie nicht innerhalb von 15 s gestoppt</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 ist %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 runs until %2, %n minute(s) from now</source>
        <translation>
            <numerusform>%1 läuft bis %2, noch %n Minute</numerusform>
            <numerusform>%1 läuft bis %2, noch %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Cost      %1 (models %2, sandboxes %3), estimated %4</source>
        <translation>Kosten    %1 (Modelle %2, Sandboxes %3), geschätzt %4</translation>
    </message>
    <message>
        <source>stopped with spawnai stop</source>
        <translation>mit spawnai stop gestoppt</translation>
    </message>
    <message>
        <source>%1 may still be running on E2B (sandbox %2), and SpawnAI cannot stop it here: %3</source>
        <translation>%1 läuft womöglich noch bei E2B (Sandbox %2), und SpawnAI kann sie hier nicht stoppen: %3</translation>
    </message>
    <message>
        <source>%1 is deleted; its costs stay counted</source>
        <translation>%1 ist gelöscht; ihre Kosten bleiben mitgezählt</translation>
    </message>
    <message>
        <source>Env       %1 (values in the keychain)</source>
        <translation>Umgebung %1 (Werte im Schlüsselbund)</translation>
    </message>
    <message>
        <source>The app&apos;s environment of %1 could not be removed from the keychain: %2</source>
        <translation>Die Umgebung der App von %1 konnte nicht aus dem Schlüsselbund entfernt werden: %2</translation>
    </message>
    <message>
        <source>Scripts   %1 (install scripts approved)</source>
        <translation>Skripte   %1 (Installationsskripte genehmigt)</translation>
    </message>
</context>
<context>
    <name>SessionContentRoutes</name>
    <message>
        <source>&quot;version&quot; is a version number (1, 2, ...)</source>
        <translation>„version“ ist eine Versionsnummer (1, 2, ...)</translation>
    </message>
    <message>
        <source>Session %1 has no version %2</source>
        <translation>Die Sitzung %1 hat keine Version %2</translation>
    </message>
    <message>
        <source>Session %1 has no files yet</source>
        <translation>Die Sitzung %1 hat noch keine Dateien</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a path inside the app</source>
        <translation>„%1“ ist kein Pfad innerhalb der App</translation>
    </message>
    <message>
        <source>Version %1 has no file %2</source>
        <translation>Version %1 hat keine Datei %2</translation>
    </message>
    <message>
        <source>&quot;tail&quot; is a number of lines from 1 to %1</source>
        <translation>„tail“ ist eine Anzahl von Zeilen von 1 bis %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a number from %2 to %3</source>
        <translation>„%1“ ist eine Zahl von %2 bis %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a session id</source>
        <translation>„%1“ ist keine Sitzungs-ID</translation>
    </message>
    <message>
        <source>There is no session %1</source>
        <translation>Es gibt keine Sitzung %1</translation>
    </message>
    <message>
        <source>A version is a number from 1 up, not &quot;%1&quot;</source>
        <translation>Eine Version ist eine Zahl ab 1, nicht „%1“</translation>
    </message>
    <message>
        <source>&quot;format&quot; is json or unified</source>
        <translation>„format“ ist json oder unified</translation>
    </message>
</context>
<context>
    <name>SessionControls</name>
    <message>
        <source>R&amp;estore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>E&amp;xtend</source>
        <translation>Ver&amp;längern</translation>
    </message>
    <message>
        <source>Versions of the app</source>
        <translation>Versionen der App</translation>
    </message>
    <message>
        <source>Restore the selected version</source>
        <translation>Die ausgewählte Version wiederherstellen</translation>
    </message>
    <message>
        <source>Put the selected version back into the running app, as a new version</source>
        <translation>Die ausgewählte Version als neue Version wieder in die laufende App übernehmen</translation>
    </message>
    <message>
        <source>Export the code</source>
        <translation>Den Code exportieren</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>To a &amp;Folder…</source>
        <translation>In einen &amp;Ordner …</translation>
    </message>
    <message>
        <source>As a &amp;ZIP File…</source>
        <translation>Als &amp;ZIP-Datei …</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Verbleibende Zeit</translation>
    </message>
    <message>
        <source>Give the sandbox more time</source>
        <translation>Der Sandbox mehr Zeit geben</translation>
    </message>
    <message>
        <source>Give the sandbox more time, up to the plan&apos;s longest run</source>
        <translation>Der Sandbox mehr Zeit geben, bis zur längsten Laufzeit des Tarifs</translation>
    </message>
    <message>
        <source>Versio&amp;n:</source>
        <translation>Versio&amp;n:</translation>
    </message>
    <message>
        <source>The sandbox was not extended: %1</source>
        <translation>Die Sandbox wurde nicht verlängert: %1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <source>There is no stored code to export.</source>
        <translation>Es gibt keinen gespeicherten Code zum Exportieren.</translation>
    </message>
    <message>
        <source>Export as ZIP</source>
        <translation>Als ZIP exportieren</translation>
    </message>
    <message>
        <source>Export to a folder</source>
        <translation>In einen Ordner exportieren</translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation>ZIP-Archive (*.zip)</translation>
    </message>
    <message>
        <source>Extended by itself a few minutes before its end while this window shows it, up to the plan&apos;s longest run</source>
        <translation>Wird einige Minuten vor ihrem Ende von selbst verlängert, solange dieses Fenster sie zeigt, bis zur längsten Laufzeit des Tarifs</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Im Ordner zeigen</translation>
    </message>
    <message>
        <source>This version is the one that runs now; choose an earlier one to restore it</source>
        <translation>Diese Version läuft gerade; wählen Sie eine frühere, um sie wiederherzustellen</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Exported the code to %1.</source>
        <translation>Den Code nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Exported the code into the folder %1.</source>
        <translation>Den Code in den Ordner %1 exportiert.</translation>
    </message>
</context>
<context>
    <name>SessionCost</name>
    <message>
        <source> (prompt caching saved %1)</source>
        <translation> (der Prompt-Cache sparte %1)</translation>
    </message>
    <message numerus="yes">
        <source> + %n request(s) to %1 at an unknown price</source>
        <translation>
            <numerusform> + %n Anfrage an %1 mit unbekanntem Preis</numerusform>
            <numerusform> + %n Anfragen an %1 mit unbekanntem Preis</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionCostLabel</name>
    <message>
        <source>Cost so far</source>
        <translation>Kosten bisher</translation>
    </message>
    <message>
        <source>Cost so far: %1</source>
        <translation>Kosten bisher: %1</translation>
    </message>
    <message>
        <source>Cost so far: none</source>
        <translation>Kosten bisher: keine</translation>
    </message>
    <message numerus="yes">
        <source>Cost so far: %1, and %Ln token(s) so far at an unknown price (the model is writing)</source>
        <translation>
            <numerusform>Kosten bisher: %1, dazu bisher %Ln Token zu unbekanntem Preis (das Modell schreibt)</numerusform>
            <numerusform>Kosten bisher: %1, dazu bisher %Ln Token zu unbekanntem Preis (das Modell schreibt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cost so far: %1 (%Ln token(s) so far, the model is writing)</source>
        <translation>
            <numerusform>Kosten bisher: %1 (bisher %Ln Token, das Modell schreibt)</numerusform>
            <numerusform>Kosten bisher: %1 (bisher %Ln Token, das Modell schreibt)</numerusform>
        </translation>
    </message>
    <message>
        <source>The request being written is counted from the text received so far; when it ends, the figure the service reports replaces it.</source>
        <translation>Die laufende Anfrage wird nach dem bisher empfangenen Text gezählt; wenn sie endet, ersetzt die Zahl, die der Dienst meldet, diese Schätzung.</translation>
    </message>
</context>
<context>
    <name>SessionDelete</name>
    <message>
        <source>SpawnAI is closing</source>
        <translation>SpawnAI wird beendet</translation>
    </message>
    <message>
        <source>There is no session %1</source>
        <translation>Es gibt keine Sitzung %1</translation>
    </message>
    <message>
        <source>Delete requested: the app stops, then the session is erased but for its costs</source>
        <translation>Löschen angefordert: Die App stoppt, dann wird die Sitzung bis auf ihre Kosten gelöscht</translation>
    </message>
    <message>
        <source>Delete requested: the app stops; the history stays</source>
        <translation>Löschen angefordert: Die App stoppt; der Verlauf bleibt erhalten</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>deleted; history kept</source>
        <translation>gelöscht; Verlauf behalten</translation>
    </message>
</context>
<context>
    <name>SessionDeleter</name>
    <message>
        <source>Delete Session</source>
        <translation>Sitzung löschen</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>„%1“ löschen?</translation>
    </message>
    <message>
        <source>The app stops first. </source>
        <translation>Die App wird zuerst gestoppt. </translation>
    </message>
    <message>
        <source>Its prompt, files, versions, conversation with the model, timeline and log are erased for good. What it cost stays counted in this month&apos;s spend and the budget.</source>
        <translation>Ihr Prompt, ihre Dateien, Versionen, die Unterhaltung mit dem Modell, ihr Ablauf und ihr Protokoll werden endgültig gelöscht. Was sie gekostet hat, bleibt in den Ausgaben dieses Monats und im Budget mitgezählt.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>The session could not be deleted: %1</source>
        <translation>Die Sitzung konnte nicht gelöscht werden: %1</translation>
    </message>
</context>
<context>
    <name>SessionEnvironmentPanel</name>
    <message>
        <source>Variables the app&apos;s process gets, such as an API key it calls. The values stay in the system keychain; the model that writes the app sees only the names. Changes apply at the next start or redeploy.</source>
        <translation>Variablen, die der Prozess der App bekommt, etwa ein API-Schlüssel für einen Dienst, den sie aufruft. Die Werte bleiben im Schlüsselbund des Systems; das Modell, das die App schreibt, sieht nur die Namen. Änderungen gelten beim nächsten Start oder der nächsten erneuten Bereitstellung.</translation>
    </message>
    <message>
        <source>The system keychain cannot be reached here, so no values can be kept.</source>
        <translation>Der Schlüsselbund des Systems ist hier nicht erreichbar, daher können keine Werte abgelegt werden.</translation>
    </message>
    <message>
        <source>An app can have at most %1 environment variables</source>
        <translation>Eine App kann höchstens %1 Umgebungsvariablen haben</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>%1 is saved; it applies at the next start or redeploy.</source>
        <translation>%1 ist gespeichert; es gilt beim nächsten Start oder der nächsten erneuten Bereitstellung.</translation>
    </message>
    <message>
        <source>%1 is removed; this applies at the next start or redeploy.</source>
        <translation>%1 ist entfernt; das gilt beim nächsten Start oder der nächsten erneuten Bereitstellung.</translation>
    </message>
</context>
<context>
    <name>SessionExtension</name>
    <message>
        <source>There is no session %1</source>
        <translation>Es gibt keine Sitzung %1</translation>
    </message>
    <message>
        <source>Session %1 is not running (it is %2): only a running sandbox can be extended. Redeploy it to run it again.</source>
        <translation>Sitzung %1 läuft nicht (sie ist %2): Nur eine laufende Sandbox kann verlängert werden. Stellen Sie sie erneut bereit, um sie wieder laufen zu lassen.</translation>
    </message>
    <message>
        <source>No SpawnAI process runs session %1 any more, and its local sandbox ended with the process that ran it. Redeploy it to run it again.</source>
        <translation>Kein SpawnAI-Prozess führt Sitzung %1 mehr aus, und ihre lokale Sandbox endete mit dem Prozess, der sie ausführte. Stellen Sie sie erneut bereit, um sie wieder laufen zu lassen.</translation>
    </message>
    <message>
        <source>No SpawnAI process runs session %1 and no kept sandbox serves it. Redeploy it to run it again.</source>
        <translation>Kein SpawnAI-Prozess führt Sitzung %1 aus, und keine weiterlaufende Sandbox bedient sie. Stellen Sie sie erneut bereit, um sie wieder laufen zu lassen.</translation>
    </message>
    <message>
        <source>The SpawnAI process running %1 did not answer within %2 s</source>
        <translation>Der SpawnAI-Prozess, der %1 ausführt, hat nicht innerhalb von %2 s geantwortet</translation>
    </message>
    <message>
        <source>The SpawnAI process running %1 ended before it answered</source>
        <translation>Der SpawnAI-Prozess, der %1 ausführt, hat sich beendet, bevor er geantwortet hat</translation>
    </message>
</context>
<context>
    <name>SessionFilterButton</name>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Filter sessions</source>
        <translation>Sitzungen filtern</translation>
    </message>
    <message>
        <source>Show only sessions of some statuses, app types or sandboxes</source>
        <translation>Nur Sitzungen mit bestimmten Status, App-Arten oder Sandboxes zeigen</translation>
    </message>
    <message>
        <source>Session filters</source>
        <translation>Sitzungsfilter</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Stopped or expired</source>
        <translation>Gestoppt oder abgelaufen</translation>
    </message>
    <message>
        <source>App type</source>
        <translation>Art der App</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <source>E2B cloud</source>
        <translation>E2B-Cloud</translation>
    </message>
    <message>
        <source>Show all sessions again</source>
        <translation>Wieder alle Sitzungen zeigen</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Filter (%1)</source>
        <translation>Filter (%1)</translation>
    </message>
    <message>
        <source>No filter: all sessions are shown</source>
        <translation>Kein Filter: Alle Sitzungen werden gezeigt</translation>
    </message>
    <message>
        <source>Showing only: %1</source>
        <translation>Nur: %1</translation>
    </message>
</context>
<context>
    <name>SessionIdResolver</name>
    <message>
        <source>There is no session %1</source>
        <translation>Es gibt keine Sitzung %1</translation>
    </message>
    <message>
        <source>%1 names %2 sessions; give more of the id</source>
        <translation>%1 passt auf %2 Sitzungen; geben Sie mehr von der ID an</translation>
    </message>
</context>
<context>
    <name>SessionLaunch</name>
    <message>
        <source>Unknown model provider &quot;%1&quot;: use anthropic or openai</source>
        <translation>Unbekannter Modellanbieter „%1“: Verwenden Sie anthropic oder openai</translation>
    </message>
    <message>
        <source>Unknown app type &quot;%1&quot;: use webapp, api, script or auto</source>
        <translation>Unbekannte Art der App „%1“: Verwenden Sie webapp, api, script oder auto</translation>
    </message>
    <message>
        <source>SpawnAI is closing</source>
        <translation>SpawnAI wird beendet</translation>
    </message>
    <message>
        <source>Images go with a prompt for the model, not with a template or a folder</source>
        <translation>Bilder gehören zu einem Prompt für das Modell, nicht zu einer Vorlage oder einem Ordner</translation>
    </message>
</context>
<context>
    <name>SessionListModel</name>
    <message>
        <source>%1
%2 · %3</source>
        <translation>%1
%2 · %3</translation>
    </message>
</context>
<context>
    <name>SessionLogPane</name>
    <message>
        <source>Previous</source>
        <translation>Vorheriger</translation>
    </message>
    <message>
        <source>Find the previous match</source>
        <translation>Den vorherigen Treffer finden</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nächster</translation>
    </message>
    <message>
        <source>Find the next match</source>
        <translation>Den nächsten Treffer finden</translation>
    </message>
    <message>
        <source>Copy All</source>
        <translation>Alles kopieren</translation>
    </message>
    <message>
        <source>Copy the whole log</source>
        <translation>Das ganze Protokoll kopieren</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected text</source>
        <translation>Den ausgewählten Text kopieren</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>Das Protokoll durchsuchen</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Treffer</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionLogView</name>
    <message>
        <source>Log output</source>
        <translation>Protokollausgabe</translation>
    </message>
    <message>
        <source>Output of the app and of its installation</source>
        <translation>Ausgabe der App und ihrer Installation</translation>
    </message>
    <message>
        <source>Nothing has been logged yet.</source>
        <translation>Bisher wurde nichts protokolliert.</translation>
    </message>
</context>
<context>
    <name>SessionManager</name>
    <message>
        <source>stopped from another SpawnAI process</source>
        <translation>von einem anderen SpawnAI-Prozess gestoppt</translation>
    </message>
    <message>
        <source>SpawnAI closed</source>
        <translation>SpawnAI wurde geschlossen</translation>
    </message>
    <message>
        <source>The %1 plan runs at most %2 sessions at once. Stop one, or switch to the pro plan.</source>
        <translation>Der Tarif %1 führt höchstens %2 Sitzungen gleichzeitig aus. Stoppen Sie eine, oder wechseln Sie zum Tarif pro.</translation>
    </message>
    <message>
        <source>Sandboxes of kind &quot;%1&quot; are not available here</source>
        <translation>Sandboxes der Art „%1“ sind hier nicht verfügbar</translation>
    </message>
    <message>
        <source>Describe the app you want</source>
        <translation>Beschreiben Sie die gewünschte App</translation>
    </message>
    <message>
        <source>Cannot store the app&apos;s files</source>
        <translation>Die Dateien der App können nicht gespeichert werden</translation>
    </message>
    <message>
        <source>saving the app</source>
        <translation>beim Speichern der App</translation>
    </message>
    <message>
        <source>There is no session %1</source>
        <translation>Es gibt keine Sitzung %1</translation>
    </message>
    <message>
        <source>Session %1 is running already</source>
        <translation>Die Sitzung %1 läuft bereits</translation>
    </message>
    <message>
        <source>Session %1 is still %2</source>
        <translation>Die Sitzung %1 ist noch im Zustand „%2“</translation>
    </message>
    <message>
        <source>redeploying the stored app</source>
        <translation>die gespeicherte App wird erneut bereitgestellt</translation>
    </message>
    <message>
        <source>no SpawnAI process was running it</source>
        <translation>kein SpawnAI-Prozess hat sie ausgeführt</translation>
    </message>
    <message>
        <source>Session %1 is not running here; redeploy it first</source>
        <translation>Die Sitzung %1 läuft nicht hier; stellen Sie sie zuerst erneut bereit</translation>
    </message>
    <message>
        <source>Session %1 is busy (%2); wait until it is ready</source>
        <translation>Die Sitzung %1 ist beschäftigt (%2); warten Sie, bis sie bereit ist</translation>
    </message>
    <message>
        <source>Say what to change</source>
        <translation>Sagen Sie, was geändert werden soll</translation>
    </message>
    <message>
        <source>Session %1 must be running and ready to restore a version</source>
        <translation>Die Sitzung %1 muss laufen und bereit sein, um eine Version wiederherzustellen</translation>
    </message>
    <message>
        <source>Session %1 has no version %2</source>
        <translation>Die Sitzung %1 hat keine Version %2</translation>
    </message>
    <message>
        <source>Session %1 has no stored app to deploy</source>
        <translation>Die Sitzung %1 hat keine gespeicherte App zum Bereitstellen</translation>
    </message>
    <message>
        <source>Nothing was edited</source>
        <translation>Es wurde nichts bearbeitet</translation>
    </message>
    <message>
        <source>Session %1 has no stored app to edit</source>
        <translation>Die Sitzung %1 hat keine gespeicherte App zum Bearbeiten</translation>
    </message>
    <message>
        <source>edited by hand</source>
        <translation>von Hand bearbeitet</translation>
    </message>
    <message>
        <source>Cannot store the edited files</source>
        <translation>Die bearbeiteten Dateien können nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Session %1 is not running here</source>
        <translation>Die Sitzung %1 läuft nicht hier</translation>
    </message>
    <message>
        <source>MAX_CONCURRENT_SESSIONS lets at most %1 sessions run at once. Stop one, or raise it.</source>
        <translation>MAX_CONCURRENT_SESSIONS lässt höchstens %1 Sitzungen gleichzeitig laufen. Stoppen Sie eine oder erhöhen Sie den Wert.</translation>
    </message>
    <message>
        <source>Session %1 was not written by a model, so there is nobody to change it</source>
        <translation>Sitzung %1 wurde nicht von einem Modell geschrieben, daher gibt es niemanden, der sie ändern könnte</translation>
    </message>
</context>
<context>
    <name>SessionPurge</name>
    <message>
        <source>Could not delete session %1</source>
        <translation>Die Sitzung %1 konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <source>There is no session %1 in the history.</source>
        <translation>Im Verlauf gibt es keine Sitzung %1.</translation>
    </message>
    <message>
        <source>Session %1 is still %2: stop it before deleting it</source>
        <translation>Die Sitzung %1 ist noch im Zustand „%2“: Stoppen Sie sie, bevor Sie sie löschen</translation>
    </message>
    <message>
        <source>Could not record the delete of session %1</source>
        <translation>Das Löschen der Sitzung %1 konnte nicht festgehalten werden</translation>
    </message>
</context>
<context>
    <name>SessionRetry</name>
    <message>
        <source>The app could not be started.</source>
        <translation>Die App konnte nicht gestartet werden.</translation>
    </message>
</context>
<context>
    <name>SessionRoutes</name>
    <message>
        <source>&quot;%1&quot; is not a session id</source>
        <translation>„%1“ ist keine Sitzungs-ID</translation>
    </message>
    <message>
        <source>There is no session %1</source>
        <translation>Es gibt keine Sitzung %1</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;</source>
        <translation>Unbekannter Status „%1“</translation>
    </message>
    <message>
        <source>Unknown app type &quot;%1&quot;</source>
        <translation>Unbekannte Art der App „%1“</translation>
    </message>
    <message>
        <source>&quot;sandbox&quot; is local or e2b</source>
        <translation>„sandbox“ ist local oder e2b</translation>
    </message>
    <message>
        <source>&quot;limit&quot; is a whole number from 1 to %1</source>
        <translation>„limit“ ist eine ganze Zahl von 1 bis %1</translation>
    </message>
    <message>
        <source>&quot;cursor&quot; is not one this API gave</source>
        <translation>„cursor“ stammt nicht von dieser API</translation>
    </message>
    <message>
        <source>&quot;purge&quot; is true or false</source>
        <translation>„purge“ ist true oder false</translation>
    </message>
    <message>
        <source>stopped through the API</source>
        <translation>über die API gestoppt</translation>
    </message>
    <message>
        <source>&quot;text&quot; must be a non-empty string</source>
        <translation>„text“ muss eine nicht leere Zeichenkette sein</translation>
    </message>
    <message>
        <source>Session %1 was not written by a model, so there is nobody to change it; start a session from a prompt for that</source>
        <translation>Die Sitzung %1 wurde nicht von einem Modell geschrieben, also gibt es niemanden, der sie ändern könnte; beginnen Sie dafür eine Sitzung mit einem Prompt</translation>
    </message>
    <message>
        <source>&quot;minutes&quot; is a whole number from 1 to 1440</source>
        <translation>„minutes“ ist eine ganze Zahl von 1 bis 1440</translation>
    </message>
    <message>
        <source>&quot;internet&quot; must be true or false</source>
        <translation>„internet“ muss true oder false sein</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a version number (1, 2, ...)</source>
        <translation>„version“ muss eine Versionsnummer sein (1, 2, ...)</translation>
    </message>
    <message>
        <source>Session %1 has no version %2</source>
        <translation>Die Sitzung %1 hat keine Version %2</translation>
    </message>
</context>
<context>
    <name>SessionRunCall</name>
    <message>
        <source>Session %1 is %2.</source>
        <translation>Die Sitzung %1 ist im Zustand „%2“.</translation>
    </message>
    <message>
        <source>Session %1 is ready.</source>
        <translation>Die Sitzung %1 ist bereit.</translation>
    </message>
    <message>
        <source>The app is ready at %1 (session %2).</source>
        <translation>Die App ist unter %1 bereit (Sitzung %2).</translation>
    </message>
    <message>
        <source>Session %1: %2</source>
        <translation>Sitzung %1: %2</translation>
    </message>
    <message>
        <source>Session %1: %2 at %3</source>
        <translation>Sitzung %1: %2 unter %3</translation>
    </message>
</context>
<context>
    <name>SessionRunner</name>
    <message>
        <source>SpawnAI closed</source>
        <translation>SpawnAI wurde geschlossen</translation>
    </message>
    <message>
        <source>asking %1 to write the app</source>
        <translation>%1 wird gebeten, die App zu schreiben</translation>
    </message>
    <message>
        <source>restoring version %1</source>
        <translation>Version %1 wird wiederhergestellt</translation>
    </message>
    <message numerus="yes">
        <source>the answer holds %n file(s)</source>
        <translation>
            <numerusform>die Antwort enthält %n Datei</numerusform>
            <numerusform>die Antwort enthält %n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>restored version %1</source>
        <translation>Version %1 wiederhergestellt</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>Nachfrage</translation>
    </message>
    <message>
        <source>written by %1</source>
        <translation>geschrieben von %1</translation>
    </message>
    <message>
        <source>redeployed</source>
        <translation>erneut bereitgestellt</translation>
    </message>
    <message>
        <source>deploying version %1</source>
        <translation>Version %1 wird bereitgestellt</translation>
    </message>
    <message>
        <source>The change failed: %1</source>
        <translation>Die Änderung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>kept the running version</source>
        <translation>die laufende Version wurde behalten</translation>
    </message>
    <message>
        <source>asking the model</source>
        <translation>das Modell wird gefragt</translation>
    </message>
    <message>
        <source>the answer was refused</source>
        <translation>die Antwort wurde abgelehnt</translation>
    </message>
    <message>
        <source>one last try with a simpler prompt</source>
        <translation>ein letzter Versuch mit einem einfacheren Prompt</translation>
    </message>
    <message>
        <source>creating the sandbox</source>
        <translation>die Sandbox wird angelegt</translation>
    </message>
    <message>
        <source>the sandbox reached its timeout</source>
        <translation>die Sandbox hat ihre Zeitgrenze erreicht</translation>
    </message>
    <message>
        <source>the sandbox</source>
        <translation>die Sandbox</translation>
    </message>
    <message numerus="yes">
        <source>deploying %n file(s)</source>
        <translation>
            <numerusform>%n Datei wird bereitgestellt</numerusform>
            <numerusform>%n Dateien werden bereitgestellt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 took %2 ms</source>
        <translation>%1 dauerte %2 ms</translation>
    </message>
    <message>
        <source>The app stopped by itself with exit code %1.
%2</source>
        <translation>Die App hat sich selbst mit Exit-Code %1 beendet.
%2</translation>
    </message>
    <message>
        <source>running the app</source>
        <translation>die App wird ausgeführt</translation>
    </message>
    <message>
        <source>starting the app</source>
        <translation>die App wird gestartet</translation>
    </message>
    <message>
        <source>waiting for a sandbox: %1</source>
        <translation>wartet auf eine Sandbox: %1</translation>
    </message>
    <message>
        <source>still waiting for a sandbox: %1</source>
        <translation>wartet noch auf eine Sandbox: %1</translation>
    </message>
    <message>
        <source>a sandbox is free</source>
        <translation>eine Sandbox ist frei</translation>
    </message>
    <message>
        <source>edited by hand</source>
        <translation>von Hand bearbeitet</translation>
    </message>
    <message>
        <source>deploying your edits</source>
        <translation>Ihre Bearbeitungen werden bereitgestellt</translation>
    </message>
    <message>
        <source>kept running after SpawnAI closed, until %1</source>
        <translation>läuft nach dem Schließen von SpawnAI weiter, bis %1</translation>
    </message>
    <message>
        <source>The change stopped: %1</source>
        <translation>Die Änderung wurde gestoppt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (with %n image(s))</source>
        <translation>
            <numerusform>%1 (mit %n Bild)</numerusform>
            <numerusform>%1 (mit %n Bildern)</numerusform>
        </translation>
    </message>
    <message>
        <source>repair round %1 of %2: %3</source>
        <translation>Reparaturrunde %1 von %2: %3</translation>
    </message>
    <message>
        <source>Asked the model: %1</source>
        <translation>Das Modell wurde gebeten: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n repair(s) and a simpler prompt were tried</source>
        <translation>
            <numerusform>%n Reparatur und ein einfacherer Prompt wurden versucht</numerusform>
            <numerusform>%n Reparaturen und ein einfacherer Prompt wurden versucht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repair(s) were tried</source>
        <translation>
            <numerusform>%n Reparatur wurde versucht</numerusform>
            <numerusform>%n Reparaturen wurden versucht</numerusform>
        </translation>
    </message>
    <message>
        <source>a simpler prompt was tried</source>
        <translation>ein einfacherer Prompt wurde versucht</translation>
    </message>
    <message>
        <source>The model did not return an app</source>
        <translation>Das Modell hat keine App geliefert</translation>
    </message>
    <message>
        <source>The model did not return the change</source>
        <translation>Das Modell hat die Änderung nicht geliefert</translation>
    </message>
    <message>
        <source>The app the model wrote did not run</source>
        <translation>Die App des Modells lief nicht</translation>
    </message>
    <message>
        <source>The changed app did not run</source>
        <translation>Die geänderte App lief nicht</translation>
    </message>
    <message>
        <source>checking the model&apos;s answer</source>
        <translation>die Antwort des Modells wird geprüft</translation>
    </message>
</context>
<context>
    <name>SessionSidebar</name>
    <message>
        <source>&amp;New app</source>
        <translation>&amp;Neue App</translation>
    </message>
    <message>
        <source>Search prompts</source>
        <translation>Prompts durchsuchen</translation>
    </message>
    <message>
        <source>Search sessions</source>
        <translation>Sitzungen durchsuchen</translation>
    </message>
    <message>
        <source>Shows only the sessions whose prompt contains the text</source>
        <translation>Zeigt nur die Sitzungen, deren Prompt den Text enthält</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Your sessions, newest first</source>
        <translation>Ihre Sitzungen, die neueste zuerst</translation>
    </message>
    <message>
        <source>New app</source>
        <translation>Neue App</translation>
    </message>
    <message>
        <source>Show the template gallery</source>
        <translation>Die Vorlagengalerie zeigen</translation>
    </message>
    <message>
        <source>Active filters</source>
        <translation>Aktive Filter</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Showing only: %1</source>
        <translation>Nur: %1</translation>
    </message>
    <message>
        <source>Why the list is empty</source>
        <translation>Warum die Liste leer ist</translation>
    </message>
    <message>
        <source>No sessions match.</source>
        <translation>Keine Sitzung passt.</translation>
    </message>
    <message>
        <source>No sessions yet — try a template.</source>
        <translation>Noch keine Sitzungen — probieren Sie eine Vorlage.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Clear the search and filters</source>
        <translation>Suche und Filter leeren</translation>
    </message>
    <message>
        <source>Show the templates</source>
        <translation>Die Vorlagen zeigen</translation>
    </message>
</context>
<context>
    <name>SessionStartRequest</name>
    <message>
        <source>The body must be a JSON object (%1)</source>
        <translation>Der Inhalt der Anfrage muss ein JSON-Objekt sein (%1)</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot;</source>
        <translation>Unbekanntes Feld „%1“</translation>
    </message>
    <message>
        <source>&quot;manifest&quot; must be an object (spawnai.json)</source>
        <translation>„manifest“ muss ein Objekt sein (spawnai.json)</translation>
    </message>
    <message>
        <source>&quot;internet&quot; must be true or false</source>
        <translation>„internet“ muss true oder false sein</translation>
    </message>
    <message>
        <source>&quot;timeoutSeconds&quot; must be a whole number from 1 to %1</source>
        <translation>„timeoutSeconds“ muss eine ganze Zahl von 1 bis %1 sein</translation>
    </message>
    <message>
        <source>Give exactly one of &quot;prompt&quot;, &quot;template&quot; or &quot;files&quot;</source>
        <translation>Geben Sie genau eines von „prompt“, „template“ oder „files“ an</translation>
    </message>
    <message>
        <source>&quot;files&quot; needs a &quot;manifest&quot;</source>
        <translation>„files“ braucht ein „manifest“</translation>
    </message>
    <message>
        <source>&quot;manifest&quot; goes with &quot;files&quot;</source>
        <translation>„manifest“ gehört zu „files“</translation>
    </message>
    <message>
        <source>&quot;baseUrl&quot; must be an http or https address</source>
        <translation>„baseUrl“ muss eine http- oder https-Adresse sein</translation>
    </message>
    <message>
        <source>&quot;provider&quot;: &quot;openai&quot; needs a &quot;model&quot;</source>
        <translation>&quot;provider&quot;: &quot;openai&quot; braucht ein „model“</translation>
    </message>
    <message>
        <source>&quot;images&quot; go with a &quot;prompt&quot;</source>
        <translation>&quot;images&quot; gehören zu einem &quot;prompt&quot;</translation>
    </message>
</context>
<context>
    <name>SessionStepper</name>
    <message>
        <source>Generating</source>
        <translation>Wird generiert</translation>
    </message>
    <message>
        <source>Validating</source>
        <translation>Wird geprüft</translation>
    </message>
    <message>
        <source>Deploying</source>
        <translation>Wird bereitgestellt</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Wird gestartet</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>then</source>
        <translation>dann</translation>
    </message>
    <message>
        <source>Repair rounds</source>
        <translation>Reparaturrunden</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Repair round %1</source>
        <translation>Reparaturrunde %1</translation>
    </message>
</context>
<context>
    <name>SessionStore</name>
    <message>
        <source>There is no session %1 in the history.</source>
        <translation>Im Verlauf gibt es keine Sitzung %1.</translation>
    </message>
    <message>
        <source>Could not record that session %1 is %2</source>
        <translation>Es konnte nicht festgehalten werden, dass die Sitzung %1 im Zustand %2 ist</translation>
    </message>
    <message>
        <source>Could not save %1 of session %2</source>
        <translation>%1 der Sitzung %2 konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Could not add to the timeline of session %1</source>
        <translation>Der Ablauf der Sitzung %1 konnte nicht ergänzt werden</translation>
    </message>
    <message numerus="yes">
        <source>Saved app version %1 (%n file(s))</source>
        <translation>
            <numerusform>App-Version %1 gespeichert (%n Datei)</numerusform>
            <numerusform>App-Version %1 gespeichert (%n Dateien)</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not record the resource use of session %1</source>
        <translation>Der Ressourcenverbrauch der Sitzung %1 konnte nicht festgehalten werden</translation>
    </message>
    <message>
        <source>There is no usage record %1 of session %2 in the history.</source>
        <translation>Im Verlauf gibt es keinen Verbrauchseintrag %1 der Sitzung %2.</translation>
    </message>
    <message>
        <source>Could not record the model use of session %1</source>
        <translation>Die Modellnutzung der Sitzung %1 konnte nicht festgehalten werden</translation>
    </message>
    <message>
        <source>Could not store the conversation of session %1</source>
        <translation>Die Unterhaltung der Sitzung %1 konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The session history at %1 is not open.</source>
        <translation>Der Sitzungsverlauf unter %1 ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Could not save the new session</source>
        <translation>Die neue Sitzung konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Session %1 cannot move from %2 to %3; nothing was changed.</source>
        <translation>Die Sitzung %1 kann nicht von %2 zu %3 wechseln; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Could not record the new costs</source>
        <translation>Die neuen Kosten konnten nicht festgehalten werden</translation>
    </message>
</context>
<context>
    <name>SessionText</name>
    <message>
        <source>Template: %1</source>
        <translation>Vorlage: %1</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In der Warteschlange</translation>
    </message>
    <message>
        <source>Generating</source>
        <translation>Wird generiert</translation>
    </message>
    <message>
        <source>Validating</source>
        <translation>Wird geprüft</translation>
    </message>
    <message>
        <source>Provisioning</source>
        <translation>Wird eingerichtet</translation>
    </message>
    <message>
        <source>Deploying</source>
        <translation>Wird bereitgestellt</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Wird gestartet</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Updating</source>
        <translation>Wird aktualisiert</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Web app</source>
        <translation>Web-App</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Skript</translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation>Lokale Sandbox</translation>
    </message>
    <message>
        <source>E2B cloud sandbox</source>
        <translation>E2B-Cloud-Sandbox</translation>
    </message>
    <message>
        <source>%1 sandbox</source>
        <translation>%1-Sandbox</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Session created</source>
        <translation>Sitzung erstellt</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Express API</source>
        <translation>Express-API</translation>
    </message>
    <message>
        <source>Python script</source>
        <translation>Python-Skript</translation>
    </message>
    <message>
        <source>Static site</source>
        <translation>Statische Website</translation>
    </message>
    <message>
        <source>A responsive landing page with a theme toggle, a counter and a clock.</source>
        <translation>Eine responsive Startseite mit Farbschema-Umschalter, Zähler und Uhr.</translation>
    </message>
    <message>
        <source>A JSON notes API on Express, with a page that documents and tries it.</source>
        <translation>Eine JSON-API für Notizen auf Express, mit einer Seite, die sie dokumentiert und ausprobieren lässt.</translation>
    </message>
    <message>
        <source>A Python script that prints a sales report; its output becomes the page.</source>
        <translation>Ein Python-Skript, das einen Verkaufsbericht ausgibt; seine Ausgabe wird zur Seite.</translation>
    </message>
    <message>
        <source>A web app served from the sandbox.</source>
        <translation>Eine Web-App, die aus der Sandbox ausgeliefert wird.</translation>
    </message>
    <message>
        <source>An HTTP API served from the sandbox.</source>
        <translation>Eine HTTP-API, die aus der Sandbox ausgeliefert wird.</translation>
    </message>
    <message>
        <source>A script that runs once; its output becomes the page.</source>
        <translation>Ein Skript, das einmal läuft; seine Ausgabe wird zur Seite.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>The session %1</source>
        <translation>Die Sitzung %1</translation>
    </message>
    <message>
        <source>the session %1</source>
        <translation>die Sitzung %1</translation>
    </message>
</context>
<context>
    <name>SessionTimeline</name>
    <message>
        <source>Timeline</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>What happened to the session, oldest first</source>
        <translation>Was mit der Sitzung geschah, das Älteste zuerst</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
</context>
<context>
    <name>SessionView</name>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Redeploy</source>
        <translation>Erneut bereitstellen</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Im Browser öffnen</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>App type and sandbox</source>
        <translation>Art der App und Sandbox</translation>
    </message>
    <message>
        <source>App address</source>
        <translation>Adresse der App</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Was schiefgegangen ist</translation>
    </message>
    <message>
        <source>Session details</source>
        <translation>Details der Sitzung</translation>
    </message>
    <message>
        <source>Session pages</source>
        <translation>Seiten der Sitzung</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Ablauf</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Protokoll</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>This session is no longer in the history.</source>
        <translation>Diese Sitzung ist nicht mehr im Verlauf.</translation>
    </message>
    <message>
        <source>Open %1 in your web browser</source>
        <translation>%1 in Ihrem Webbrowser öffnen</translation>
    </message>
    <message>
        <source>It failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The change could not be made: %1</source>
        <translation>Die Änderung konnte nicht vorgenommen werden: %1</translation>
    </message>
    <message>
        <source>Edit the &amp;Key…</source>
        <translation>Schlüssel &amp;bearbeiten …</translation>
    </message>
    <message>
        <source>Raise the &amp;Limit…</source>
        <translation>&amp;Limit erhöhen …</translation>
    </message>
    <message>
        <source>Edit the API key</source>
        <translation>Den API-Schlüssel bearbeiten</translation>
    </message>
    <message>
        <source>Raise the limit</source>
        <translation>Das Limit erhöhen</translation>
    </message>
    <message>
        <source>C&amp;ode</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <source>Set &amp;price…</source>
        <translation>&amp;Preis festlegen…</translation>
    </message>
    <message>
        <source>Set the price of the session&apos;s model</source>
        <translation>Den Preis des Modells der Sitzung festlegen</translation>
    </message>
    <message>
        <source>Set the plan your E2B account has</source>
        <translation>Den Tarif einstellen, den Ihr E2B-Konto hat</translation>
    </message>
    <message>
        <source>Set the pl&amp;an to %1</source>
        <translation>&amp;Tarif auf %1 stellen</translation>
    </message>
    <message>
        <source>Set the plan to %1</source>
        <translation>Tarif auf %1 stellen</translation>
    </message>
    <message>
        <source>The app appears here once it is ready.</source>
        <translation>Die App erscheint hier, sobald sie bereit ist.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>There is no app: the model did not write one (%1).</source>
        <translation>Es gibt keine App: das Modell hat keine geschrieben (%1).</translation>
    </message>
    <message numerus="yes">
        <source>[preview] asking the model to fix %n error(s) by itself</source>
        <translation>
            <numerusform>[preview] das Modell wird gebeten, %n Fehler von selbst zu beheben</numerusform>
            <numerusform>[preview] das Modell wird gebeten, %n Fehler von selbst zu beheben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[preview] asking the model to fix %n error(s)</source>
        <translation>
            <numerusform>[preview] das Modell wird gebeten, %n Fehler zu beheben</numerusform>
            <numerusform>[preview] das Modell wird gebeten, %n Fehler zu beheben</numerusform>
        </translation>
    </message>
    <message>
        <source>The app was stopped.</source>
        <translation>Die App wurde gestoppt.</translation>
    </message>
    <message>
        <source>The app&apos;s sandbox expired.</source>
        <translation>Die Sandbox der App ist abgelaufen.</translation>
    </message>
    <message>
        <source>The app is not running (%1).</source>
        <translation>Die App läuft nicht (%1).</translation>
    </message>
    <message>
        <source>E&amp;nvironment</source>
        <translation>&amp;Umgebung</translation>
    </message>
</context>
<context>
    <name>SessionWatch</name>
    <message>
        <source>The session ended (%1) before it was ready</source>
        <translation>Die Sitzung endete (%1), bevor sie bereit war</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Seiten der Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Keys and connections</source>
        <translation>Schlüssel und &amp;Verbindungen</translation>
    </message>
    <message>
        <source>&amp;Defaults</source>
        <translation>Vor&amp;gaben</translation>
    </message>
    <message>
        <source>&amp;Budget</source>
        <translation>&amp;Budget</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>&amp;Automation</source>
        <translation>&amp;Automatisierung</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Close the shortcuts</source>
        <translation>Die Tastenkürzel schließen</translation>
    </message>
</context>
<context>
    <name>SlirpNetwork</name>
    <message>
        <source>slirp4netns could not start: %1</source>
        <translation>slirp4netns konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>slirp4netns stopped: %1</source>
        <translation>slirp4netns wurde beendet: %1</translation>
    </message>
</context>
<context>
    <name>SpawnCommand</name>
    <message>
        <source>Local sandboxes cannot run here: %1</source>
        <translation>Lokale Sandboxes können hier nicht laufen: %1</translation>
    </message>
    <message>
        <source>stopped with Ctrl-C</source>
        <translation>mit Strg-C gestoppt</translation>
    </message>
    <message>
        <source>stopped by SIGTERM</source>
        <translation>durch SIGTERM gestoppt</translation>
    </message>
    <message>
        <source>There is no template &quot;%1&quot;. Templates: %2</source>
        <translation>Es gibt keine Vorlage „%1“. Vorlagen: %2</translation>
    </message>
    <message>
        <source>There is no folder %1</source>
        <translation>Es gibt keinen Ordner %1</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Ordner: %1</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Sitzung %1</translation>
    </message>
    <message>
        <source>No E2B API key: set E2B_API_KEY or add the key in Settings</source>
        <translation>Kein E2B-API-Schlüssel: Setzen Sie E2B_API_KEY oder fügen Sie den Schlüssel in den Einstellungen hinzu</translation>
    </message>
    <message>
        <source>Private (Settings &gt; Defaults &gt; Private previews): E2B answers this address only with the app&apos;s access token, which SpawnAI&apos;s window sends; a web browser gets 403.</source>
        <translation>Privat (Einstellungen &gt; Standards &gt; Private Vorschauen): E2B beantwortet diese Adresse nur mit dem Zugriffstoken der App, das das Fenster von SpawnAI sendet; ein Webbrowser erhält 403.</translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation>Vorlage: %1</translation>
    </message>
</context>
<context>
    <name>SpawnLaunch</name>
    <message>
        <source>SpawnAI is closing</source>
        <translation>SpawnAI wird beendet</translation>
    </message>
    <message>
        <source>The session could not be started</source>
        <translation>Die Sitzung konnte nicht gestartet werden</translation>
    </message>
</context>
<context>
    <name>SpendCharts</name>
    <message>
        <source>Daily spend</source>
        <translation>Ausgaben pro Tag</translation>
    </message>
    <message>
        <source>Spend by model</source>
        <translation>Ausgaben nach Modell</translation>
    </message>
    <message>
        <source>Spend by provider</source>
        <translation>Ausgaben nach Anbieter</translation>
    </message>
    <message>
        <source>Tokens in and out</source>
        <translation>Tokens ein und aus</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Sandboxes</source>
        <translation>Sandboxes</translation>
    </message>
    <message>
        <source>Tokens in</source>
        <translation>Tokens ein</translation>
    </message>
    <message>
        <source>Tokens out</source>
        <translation>Tokens aus</translation>
    </message>
    <message>
        <source>Daily spend (USD)</source>
        <translation>Ausgaben pro Tag (USD)</translation>
    </message>
    <message>
        <source>%1 sandboxes</source>
        <translation>%1-Sandboxes</translation>
    </message>
</context>
<context>
    <name>SqlSandboxLedger</name>
    <message>
        <source>record the new sandbox %1</source>
        <translation>die neue Sandbox %1 festhalten</translation>
    </message>
    <message>
        <source>record the expiry of sandbox %1</source>
        <translation>den Ablauf der Sandbox %1 festhalten</translation>
    </message>
    <message>
        <source>keep sandbox %1 running</source>
        <translation>die Sandbox %1 weiterlaufen lassen</translation>
    </message>
    <message>
        <source>record the kill of sandbox %1</source>
        <translation>das Beenden der Sandbox %1 festhalten</translation>
    </message>
    <message>
        <source>record that sandbox %1 is gone</source>
        <translation>festhalten, dass die Sandbox %1 nicht mehr existiert</translation>
    </message>
    <message>
        <source>record that sandbox %1 is paused</source>
        <translation>vermerken, dass die Sandbox %1 pausiert ist</translation>
    </message>
    <message>
        <source>record the size of sandbox %1</source>
        <translation>die Größe der Sandbox %1 festhalten</translation>
    </message>
</context>
<context>
    <name>StatusBadge</name>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
</context>
<context>
    <name>StoreSql</name>
    <message>
        <source>%1. The disk holding SpawnAI&apos;s data is full: free some space on it and try again; nothing saved before is lost.</source>
        <translation>%1. Der Datenträger mit den Daten von SpawnAI ist voll: Geben Sie dort Platz frei und versuchen Sie es erneut; nichts bereits Gespeichertes geht verloren.</translation>
    </message>
</context>
<context>
    <name>TemplateLibrary</name>
    <message>
        <source>There is no template &quot;%1&quot;; available: %2</source>
        <translation>Es gibt keine Vorlage „%1“; verfügbar: %2</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; has no readable spawnai.json</source>
        <translation>Die Vorlage &quot;%1&quot; hat keine lesbare spawnai.json</translation>
    </message>
</context>
<context>
    <name>TextChartBuilder</name>
    <message>
        <source>Charts are unavailable: %1</source>
        <translation>Diagramme sind nicht verfügbar: %1</translation>
    </message>
</context>
<context>
    <name>TimelinePictures</name>
    <message numerus="yes">
        <source>The prompt&apos;s pictures (%n)</source>
        <translation>
            <numerusform>Das Bild der Beschreibung (%n)</numerusform>
            <numerusform>Die Bilder der Beschreibung (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pictures with the change (%n)</source>
        <translation>
            <numerusform>Bild zur Änderung (%n)</numerusform>
            <numerusform>Bilder zur Änderung (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Picture %1</source>
        <translation>Bild %1</translation>
    </message>
    <message>
        <source>Picture %1, %2</source>
        <translation>Bild %1, %2</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>SpawnAI</source>
        <translation>SpawnAI</translation>
    </message>
</context>
<context>
    <name>TrayMenu</name>
    <message>
        <source>This sandbox cannot be extended here.</source>
        <translation>Diese Sandbox kann hier nicht verlängert werden.</translation>
    </message>
    <message>
        <source>No sandboxes running</source>
        <translation>Keine Sandbox läuft</translation>
    </message>
    <message>
        <source>Show SpawnAI</source>
        <translation>SpawnAI anzeigen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>stopped from the tray</source>
        <translation>über das Symbol im Infobereich gestoppt</translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>Verlängern</translation>
    </message>
    <message>
        <source>%1 min left</source>
        <translation>noch %1 Min.</translation>
    </message>
    <message>
        <source>%1 h %2 min left</source>
        <translation>noch %1 Std. %2 Min.</translation>
    </message>
</context>
<context>
    <name>UiPlugins</name>
    <message>
        <source>%1 is not installed (looked in %2)</source>
        <translation>%1 ist nicht installiert (gesucht in %2)</translation>
    </message>
    <message>
        <source>%1 is not the plugin this version expects</source>
        <translation>%1 ist nicht das Plugin, das diese Version erwartet</translation>
    </message>
</context>
<context>
    <name>UsageRepricer</name>
    <message>
        <source>Could not price earlier model requests</source>
        <translation>Frühere Modellanfragen konnten nicht bepreist werden</translation>
    </message>
</context>
<context>
    <name>VersionComparison</name>
    <message>
        <source>This session has no stored versions yet</source>
        <translation>Diese Sitzung hat noch keine gespeicherten Versionen</translation>
    </message>
    <message>
        <source>There is no version %1; this session has only version %2</source>
        <translation>Es gibt keine Version %1; diese Sitzung hat nur Version %2</translation>
    </message>
    <message>
        <source>There is no version %1; this session has versions %2 to %3</source>
        <translation>Es gibt keine Version %1; diese Sitzung hat die Versionen %2 bis %3</translation>
    </message>
    <message>
        <source>no changes</source>
        <translation>keine Änderungen</translation>
    </message>
    <message numerus="yes">
        <source>+%1 −%2 lines, %n file(s)</source>
        <translation>
            <numerusform>+%1 −%2 Zeilen, %n Datei</numerusform>
            <numerusform>+%1 −%2 Zeilen, %n Dateien</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VersionDiff</name>
    <message>
        <source>binary</source>
        <translation>binär</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) changed</source>
        <translation>
            <numerusform>%n Datei geändert</numerusform>
            <numerusform>%n Dateien geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) added</source>
        <translation>
            <numerusform>%n Zeile hinzugefügt</numerusform>
            <numerusform>%n Zeilen hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) deleted</source>
        <translation>
            <numerusform>%n Zeile gelöscht</numerusform>
            <numerusform>%n Zeilen gelöscht</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VersionDiffView</name>
    <message>
        <source>Compare from version</source>
        <translation>Vergleichen ab Version</translation>
    </message>
    <message>
        <source>Compare to version</source>
        <translation>Vergleichen mit Version</translation>
    </message>
    <message>
        <source>Changed files</source>
        <translation>Geänderte Dateien</translation>
    </message>
    <message>
        <source>The change, side by side</source>
        <translation>Die Änderung, nebeneinander</translation>
    </message>
    <message>
        <source>&amp;Unified</source>
        <translation>&amp;Vereinheitlicht</translation>
    </message>
    <message>
        <source>&amp;Side by side</source>
        <translation>&amp;Nebeneinander</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>Ver&amp;gleichen</translation>
    </message>
    <message>
        <source>&amp;with</source>
        <translation>&amp;mit</translation>
    </message>
    <message>
        <source>nothing (every file new)</source>
        <translation>nichts (jede Datei neu)</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>No versions yet.</source>
        <translation>Noch keine Versionen.</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>Keine Änderungen.</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>binary</source>
        <translation>binär</translation>
    </message>
    <message>
        <source>+%1 −%2</source>
        <translation>+%1 −%2</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 is a binary file; it changed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 ist eine Binärdatei; sie hat sich geändert.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Versions to compare from</source>
        <translation>Versionen, ab denen verglichen wird</translation>
    </message>
    <message>
        <source>Versions to compare with</source>
        <translation>Versionen, mit denen verglichen wird</translation>
    </message>
    <message>
        <source>Show the change as a unified diff</source>
        <translation>Die Änderung als Unified Diff zeigen</translation>
    </message>
    <message>
        <source>Show the change side by side</source>
        <translation>Die Änderung nebeneinander zeigen</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Start a new app</source>
        <translation>Eine neue App beginnen</translation>
    </message>
    <message>
        <source>Describe an app and a model writes it, then it runs in a sandbox on this computer with a live preview.</source>
        <translation>Beschreiben Sie eine App, und ein Modell schreibt sie; dann läuft sie in einer Sandbox auf diesem Computer, mit Live-Vorschau.</translation>
    </message>
    <message>
        <source>New app from the %1 template</source>
        <translation>Neue App aus der Vorlage %1</translation>
    </message>
    <message>
        <source>No templates are available in this build.</source>
        <translation>In diesem Build sind keine Vorlagen verfügbar.</translation>
    </message>
    <message>
        <source>Or pick a template: it starts in a few seconds, no account or API key needed.</source>
        <translation>Oder wählen Sie eine Vorlage: Sie startet in wenigen Sekunden, ohne Konto oder API-Schlüssel.</translation>
    </message>
    <message>
        <source>Describe an app and a model writes it, then it runs in an E2B cloud sandbox, billed by the second, with a live preview.</source>
        <translation>Beschreiben Sie eine App, und ein Modell schreibt sie; dann läuft sie in einer E2B-Cloud-Sandbox, sekundengenau abgerechnet, mit Live-Vorschau.</translation>
    </message>
    <message>
        <source>Or pick a template: it starts in an E2B cloud sandbox in a few seconds. It needs your E2B key, no model.</source>
        <translation>Oder wählen Sie eine Vorlage: Sie startet in wenigen Sekunden in einer E2B-Cloud-Sandbox. Sie braucht Ihren E2B-Schlüssel, kein Modell.</translation>
    </message>
</context>
<context>
    <name>WindowApiHost</name>
    <message>
        <source>The local API is off in this window: %1</source>
        <translation>Die lokale API ist in diesem Fenster abgeschaltet: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>SpawnAI closed</source>
        <translation>SpawnAI wurde geschlossen</translation>
    </message>
    <message numerus="yes">
        <source>%n E2B sandbox(es) of earlier sessions may still be running, and billing: %1. Their sessions stay as they are until SpawnAI can look.</source>
        <translation>
            <numerusform>%n E2B-Sandbox früherer Sitzungen läuft womöglich noch und kostet: %1. Ihre Sitzungen bleiben, wie sie sind, bis SpawnAI nachsehen kann.</numerusform>
            <numerusform>%n E2B-Sandboxes früherer Sitzungen laufen womöglich noch und kosten: %1. Ihre Sitzungen bleiben, wie sie sind, bis SpawnAI nachsehen kann.</numerusform>
        </translation>
    </message>
    <message>
        <source>No SpawnAI host serves %1: start one with &quot;spawnai serve&quot; (or open the window, with Settings &gt; Automation on), then try again; without --detach, spawn runs in the foreground</source>
        <translation>Kein SpawnAI-Host bedient %1: Starten Sie einen mit „spawnai serve“ (oder öffnen Sie das Fenster, mit eingeschalteter API unter Einstellungen &gt; Automatisierung) und versuchen Sie es dann erneut; ohne --detach läuft spawn im Vordergrund</translation>
    </message>
    <message>
        <source>Another SpawnAI (process %1) already hosts the API for %2</source>
        <translation>Ein anderes SpawnAI (Prozess %1) stellt bereits die API für %2 bereit</translation>
    </message>
</context>
</TS>
