<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>ActivityCharts</name>
    <message>
        <source>Sessions per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median time in each step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair rounds per session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s); %1 % reached ready.</source>
        <translation>
            <numerusform>%n session; %1 % reached ready.</numerusform>
            <numerusform>%n sessions; %1 % reached ready.</numerusform>
        </translation>
    </message>
    <message>
        <source>Median seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median time in each step (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions by repair rounds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnswerStitcher</name>
    <message>
        <source>in the middle of a line of the file &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inside the file &quot;%1&quot;, at the end of a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inside the &lt;manifest&gt; block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>between two blocks of the &lt;app&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before the &lt;app&gt; block was finished</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnswerTags</name>
    <message>
        <source>the tag is not closed with &quot;&gt;&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot; in the tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attribute &quot;%1&quot; has no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value of &quot;%1&quot; must be in quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value of &quot;%1&quot; has no closing quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no path attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its path is empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnthropicClient</name>
    <message>
        <source>No Claude API key is set: add one in Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Claude model is chosen: pick one in Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output limit must be at least one token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to send to Claude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claude does not accept an empty message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation must end with a user message: current Claude models refuse an assistant prefill. Ask for the continuation in a new user turn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiExchange</name>
    <message>
        <source>The body must be a JSON object (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiHost</name>
    <message>
        <source>Another SpawnAI (process %1) already hosts the API for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another SpawnAI already hosts the API for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiImages</name>
    <message>
        <source>&quot;images&quot; must be a list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiInfo</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiReply</name>
    <message>
        <source>The SpawnAI host answered HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SpawnAI host did not answer (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiServer</name>
    <message>
        <source>The API cannot listen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such address in SpawnAI&apos;s API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address takes %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown query parameter &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Host header must name the address SpawnAI&apos;s API listens on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests from web pages are refused unless Settings &gt; Automation lists their origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API needs a token: Authorization: Bearer TOKEN (spawnai token prints it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API token is wrong (spawnai token prints the current one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests: at most %1 a second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request body is larger than 1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many session starts: at most %1 a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebSocket connections go to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request body is larger than 32 MiB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiSessionStart</name>
    <message>
        <source>SpawnAI is shutting down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no template &quot;%1&quot;. Templates: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files sent through the API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiToken</name>
    <message>
        <source>Cannot write the API token to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppAnswerParser</name>
    <message>
        <source>The answer is longer than %1 characters; SpawnAI stopped reading it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;app&gt; appears again inside &lt;app&gt;; send one &lt;app&gt; block per answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second &lt;manifest&gt;; send one manifest per answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the &lt;file&gt; tag cannot be read: %1. Write it as &lt;file path=&quot;relative/path&quot;&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;file path=&quot;%1&quot;/&gt; has no content: put the content between &lt;file path=&quot;%1&quot;&gt; and a line &lt;/file&gt;, or use &lt;delete path=&quot;%1&quot;/&gt; to remove the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the &lt;delete&gt; tag cannot be read: %1. Write it as &lt;delete path=&quot;relative/path&quot;/&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the &lt;manifest&gt; block that starts on line %1 is not closed: end it with &lt;/manifest&gt; before the first file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the &lt;manifest&gt; block is larger than %1; it should be a few lines of JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;file path=&quot;%1&quot;&gt; starts inside &quot;%2&quot; (opened on line %3), which has no closing line &lt;/file&gt;. End every file with &lt;/file&gt; on a line of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file &quot;%1&quot; is larger than %2, the limit per file. Split it into smaller files or make it shorter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its answer had no app in it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppBundle</name>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app has no spawnai.json; see docs/manifest.md</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spawnai.json is larger than %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app has %1 files; the limit is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File &quot;spawnai.json&quot; is written from the manifest; it cannot also be an app file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File &quot;%1&quot; is %2; the limit is %3 per file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File &quot;%1&quot; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app&apos;s files add up to %1; the limit is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File &quot;%1&quot; needs &quot;%2&quot; to be a folder, but it is a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spawnai.json: &quot;start&quot; is not set and there is no server.js for the default &quot;node server.js&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spawnai.json: &quot;start&quot; is not set and there is no main.py or script.js to run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spawnai.json: &quot;start&quot; is not set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>No keychain is reachable (%1), so the E2B key saved in Settings cannot be read; set E2B_API_KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No E2B API key: set E2B_API_KEY or add the key in Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppEnvironment</name>
    <message>
        <source>An app can have at most %1 environment variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid environment variable name: use letters, digits and _, not starting with a digit, at most 64 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment variable %1 is set by SpawnAI itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment variable %1 has no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of %1 is longer than %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of %1 must be one line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--env takes NAME=VALUE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppEnvironmentDialog</name>
    <message>
        <source>App Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variables the new app&apos;s process gets, such as an API key it calls. The values go to the system keychain; the model that writes the app is told only the names.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppEnvironmentRead</name>
    <message>
        <source>The app&apos;s environment (%1) is kept in the OS keychain, which cannot be reached here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the app&apos;s environment variable %1 from the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain has no saved value for %1: save one with spawnai secret set %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain has no value for the app&apos;s environment variable %1 any more: set it again in the session&apos;s Environment panel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppEnvironmentWrite</name>
    <message>
        <source>The app&apos;s environment is kept in the OS keychain, which cannot be reached here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppExporter</name>
    <message>
        <source>The stored file name &quot;%1&quot; cannot be exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds %2; choose an empty folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApprovalRedeploy</name>
    <message>
        <source>SpawnAI is shutting down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redeploying with the approved install scripts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AsyncOperation</name>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AutomationPage</name>
    <message>
        <source>&amp;Copy token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scripts, editors and AI agents can start, watch and stop apps through SpawnAI&apos;s local API, on this computer only, with the token. The command line&apos;s spawn --detach, stop and extend use it too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Serve the local API while this window is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve the local API while this window is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the local API listens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web pages allowed to call the API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (for example http://localhost:5173)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests from any other web page are refused. Separate origins with spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web pages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BudgetCheck</name>
    <message>
        <source>This would cost about %1; %2 of your %3 monthly budget is spent. Raise the budget or wait for next month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This would cost about %1; this session has cost %2 of its %3 limit. Raise the per-session limit or start a new session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price of %1 is unknown, so your budget cannot count what it costs: nothing was sent. Set its price in Settings &gt; Budget &gt; Prices, or allow models without a price there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BudgetEnforcer</name>
    <message>
        <source>monthly budget of %1 reached; the E2B sandbox is paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monthly budget of %1 reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The monthly budget of %1 is spent (%2 so far this month). Raise it in Settings to go on; local sandboxes without a model cost nothing and still run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BudgetGauge</name>
    <message>
        <source>Budget for the month: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 this month, no budget set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 (%3 %)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BudgetPage</name>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly budget in US dollars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cap per session in US dollars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the budget is used up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause: ask no model, pause the E2B sandboxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop: ask no model, end the E2B sandboxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Monthly budget:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cap per &amp;session:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At &amp;100 %:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What models and cloud sandboxes may cost, in US dollars. Models on your own server and local sandboxes are free; a model without a price is counted apart, never as free. 0 means no limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow models &amp;without a price while a limit is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow models without a price while a limit is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their requests are counted as unpriced, not in dollars, so the budget cannot stop them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BwrapProcess</name>
    <message>
        <source>Cannot pass the sandbox&apos;s arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bubblewrap could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bubblewrap could not create the sandbox: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CacheArchive</name>
    <message>
        <source>Invalid cache key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the dependency cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the dependency cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cached copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartFactory</name>
    <message>
        <source>nothing spent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliAppEnvironment</name>
    <message>
        <source>--env %1: %1 is not set in this environment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliOutput</name>
    <message>
        <source>Ready: %1   (Ctrl-C stops it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget: %1 % of the monthly budget is spent (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget: the monthly budget of %1 is spent (%2); stopped %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The sandbox expires in %n minute(s), at %1; the app stops then</source>
        <translation>
            <numerusform>The sandbox expires in %n minute, at %1; the app stops then</numerusform>
            <numerusform>The sandbox expires in %n minutes, at %1; the app stops then</numerusform>
        </translation>
    </message>
    <message>
        <source>price unknown for %1 (set it in Settings &gt; Budget &gt; Prices)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> + %n request(s) of unknown price</source>
        <translation>
            <numerusform> + %n request of unknown price</numerusform>
            <numerusform> + %n requests of unknown price</numerusform>
        </translation>
    </message>
    <message>
        <source>  model %1: %2 tokens in, %3 out, %4 (session %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 is still running on E2B (sandbox %2: %3); SpawnAI keeps trying to stop it (next try in %n s)</source>
        <translation>
            <numerusform>%1 is still running on E2B (sandbox %2: %3); SpawnAI keeps trying to stop it (next try in %n s)</numerusform>
            <numerusform>%1 is still running on E2B (sandbox %2: %3); SpawnAI keeps trying to stop it (next try in %n s)</numerusform>
        </translation>
    </message>
    <message>
        <source>its timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is still running on E2B: E2B did not confirm the kill of its sandbox within 15 s, and the session keeps its status until it does. SpawnAI tries again every time the window or a spawnai command other than `costs` starts with the E2B key (E2B_API_KEY or the keychain), and while the window is open; `spawnai stop %1` tries again now. If nothing does, E2B ends it at %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliParser</name>
    <message>
        <source>--type is webapp, api, script or auto, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--provider is anthropic or openai, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sandbox is local or e2b, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a date, YYYY-MM-DD, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an amount in USD, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a positive whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option %1 (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument %1 (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a session id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spawn needs exactly one of &quot;PROMPT&quot;, --template NAME or --from-dir DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--provider openai needs --model (the name your server knows, e.g. qwen2.5-coder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--minutes is for extend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port is a port number from 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--purge is for delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port, --bind and --allow-remote are for serve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rotate is for token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--detach is for spawn and redeploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
For scripts and shell completion (one per line, nothing else):
  list --ids                 The session ids, newest first (at most --limit)
  list --templates           The names of the starter templates
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--detach cannot be used with --interactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ids and --templates are for list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list takes --ids or --templates, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A version is a number from 1 up, not &quot;%1&quot; (see spawnai show ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--local is for models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>models needs --local: it lists the local servers&apos; models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--stat is for diff</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--image goes with spawn &quot;PROMPT&quot;</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret takes set NAME or remove NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--env and --env-from-keychain are for spawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--env-from-keychain cannot be used with --detach: use --env NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--allow-scripts is for spawn and redeploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--allow-scripts cannot be used with redeploy --detach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--allow-scripts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Install scripts (npm runs no package&apos;s install scripts, pip installs wheels only):
  spawn|redeploy --allow-scripts NAME[,NAME]   Run the install scripts of these npm packages
                             and let these pip packages build from source, when the app&apos;s
                             spawnai.json asks for them (install.npmScripts, install.pipSource);
                             kept with the session for its follow-ups and redeploys
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloudSandboxStop</name>
    <message numerus="yes">
        <source>Still running on E2B: the kill of sandbox %1 was not confirmed (%2). SpawnAI keeps trying to stop it (next try in %n s).</source>
        <translation>
            <numerusform>Still running on E2B: the kill of sandbox %1 was not confirmed (%2). SpawnAI keeps trying to stop it (next try in %n s).</numerusform>
            <numerusform>Still running on E2B: the kill of sandbox %1 was not confirmed (%2). SpawnAI keeps trying to stop it (next try in %n s).</numerusform>
        </translation>
    </message>
    <message>
        <source>E2B confirmed the sandbox ended at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox reached its end at %1, when E2B ends it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloudSandboxes</name>
    <message>
        <source>SpawnAI closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sandbox kept running reached its end</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n E2B sandbox(es) of this session (%1) were made with another E2B key than the one SpawnAI uses now, and only that key can reach them: set it again in Settings or in E2B_API_KEY. Until then E2B ends them at their end.</source>
        <translation>
            <numerusform>%n E2B sandbox of this session (%1) was made with another E2B key than the one SpawnAI uses now, and only that key can reach it: set it again in Settings or in E2B_API_KEY. Until then E2B ends it at its end.</numerusform>
            <numerusform>%n E2B sandboxes of this session (%1) were made with another E2B key than the one SpawnAI uses now, and only that key can reach them: set it again in Settings or in E2B_API_KEY. Until then E2B ends them at their end.</numerusform>
        </translation>
    </message>
    <message>
        <source>E2B no longer runs the sandbox kept running: it was found gone at %1, before its end at %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeEditor</name>
    <message>
        <source>File contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(a binary file of %n byte(s); it cannot be edited here)</source>
        <translation>
            <numerusform>(a binary file of %n byte; it cannot be edited here)</numerusform>
            <numerusform>(a binary file of %n bytes; it cannot be edited here)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandFailure</name>
    <message>
        <source>%1 timed out after %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed with exit code %2</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectError</name>
    <message>
        <source>the end of the stream is not JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: the E2B sandbox is gone (it probably timed out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: the sandbox refused SpawnAI&apos;s access token (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: it ran out of time (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: the sandbox ran out of resources (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: the E2B sandbox is not reachable (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: E2B answered %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectFrameParser</name>
    <message>
        <source>a compressed frame, which was not asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a frame of %1 bytes, more than the %2 allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data after the end of the stream</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionCheck</name>
    <message>
        <source>Testing the connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n model(s) available.</source>
        <translation>
            <numerusform>Connected: %n model available.</numerusform>
            <numerusform>Connected: %n models available.</numerusform>
        </translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n model(s) available. No price is known for %1: set one in Settings &gt; Budget &gt; Prices before using it.</source>
        <translation>
            <numerusform>Connected: %n model available. No price is known for %1: set one in Settings &gt; Budget &gt; Prices before using it.</numerusform>
            <numerusform>Connected: %n models available. No price is known for %1: set one in Settings &gt; Budget &gt; Prices before using it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CostDashboard</name>
    <message>
        <source>Costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions and what they cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export daily series…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the daily series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;prices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the prices of models without one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 tokens in, %3 out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not in the total: %n request(s) at an unknown price to %1.</source>
        <translation>
            <numerusform>Not in the total: %n request at an unknown price to %1.</numerusform>
            <numerusform>Not in the total: %n requests at an unknown price to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %2× (%n session(s))</source>
        <translation>
            <numerusform>%1 %2× (%n session)</numerusform>
            <numerusform>%1 %2× (%n sessions)</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimates: no ended session with an estimate in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What sessions cost against their estimate (median): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in this period: models %2 (%3, %4 tokens in, %5 out), sandboxes %6 (%7, %8 allocated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln request</numerusform>
            <numerusform>%Ln requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln run(s)</source>
        <translation>
            <numerusform>%Ln run</numerusform>
            <numerusform>%Ln runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln vCPU-second(s)</source>
        <translation>
            <numerusform>%Ln vCPU-second</numerusform>
            <numerusform>%Ln vCPU-seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CostEstimator</name>
    <message numerus="yes">
        <source>, plus about %1 for %n minute(s) of the cloud sandbox</source>
        <translation>
            <numerusform>, plus about %1 for %n minute of the cloud sandbox</numerusform>
            <numerusform>, plus about %1 for %n minutes of the cloud sandbox</numerusform>
        </translation>
    </message>
    <message>
        <source>price unknown for %1: its requests would not be counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model is free (your own server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>price unknown for %1: with your budget set, it is refused until it has a price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model is free (your price of $0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1 (a first guess)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to %1 (usually about %2 for changes like this)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to %1 (usually about %2 for apps like this)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CostSessionModel</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(deleted session)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E2B cloud</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CostTracker</name>
    <message>
        <source>Could not add up the costs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CostsCommand</name>
    <message>
        <source>--since %1 is after --until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MODELS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SANDBOXES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOKENS IN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOKENS OUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Costs from %1 to %2 (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total     %1 = models %2 + sandboxes %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By sandbox kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget    %1 of %2 spent in %3 (%4 %), %5 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session   at most %1 each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(from %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(from Settings &gt; Budget)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Unpriced  %n request(s) to %1 (%2 tokens in, %3 out) are not in the total: set the model&apos;s price in Settings &gt; Budget &gt; Prices</source>
        <translation>
            <numerusform>Unpriced  %n request to %1 (%2 tokens in, %3 out) is not in the total: set the model&apos;s price in Settings &gt; Budget &gt; Prices</numerusform>
            <numerusform>Unpriced  %n requests to %1 (%2 tokens in, %3 out) are not in the total: set the model&apos;s price in Settings &gt; Budget &gt; Prices</numerusform>
        </translation>
    </message>
    <message>
        <source>Budget    none set (%1 spent in %2; Settings &gt; Budget, SPAWNAI_BUDGET_MONTH or --budget-month USD sets one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models    %1, %2 tokens in, %3 tokens out</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message>
        <source>Sandboxes %1, %2 vCPU-seconds and %3 GB-seconds of memory allocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n run</numerusform>
            <numerusform>%n runs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountTokens</name>
    <message>
        <source>%1 cannot count tokens: not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no input_tokens in the answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashReconciler</name>
    <message>
        <source>SpawnAI closed while this session was running; its local sandbox is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its files are kept: run `spawnai redeploy %1` to start it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SpawnAI closed while this session was running; its %1 sandbox is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SpawnAI closed while this session was running; its %1 sandbox ran on until SpawnAI ended it at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SpawnAI closed while this session was running; its %1 sandbox ran on until it ended at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No app had been saved yet, so there is nothing to redeploy: `spawnai show %1` shows its prompt, to spawn it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Could not open the session history at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema history is malformed: step %1 is numbered %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not prepare the session history at %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session history at %1 cannot use write-ahead logging (journal mode is %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the schema version of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session history at %1 was written by a newer SpawnAI (schema %2, this version knows up to %3). Update SpawnAI to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the session history at %1 to %2 failed; the file was left as it was</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateRangePicker</name>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DefaultsPage</name>
    <message>
        <source>New apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default model provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenAI-compatible server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default model name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the provider&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most tokens an answer may take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer &amp;limit (tokens):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default app type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the model choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New apps may reach the &amp;internet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internet access for new apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandboxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local (this computer, free)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E2B (cloud)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sandbox:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hobby: 20 apps at once, 1 hour each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro: 100 apps at once, up to 24 hours each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory per local sandbox in MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most processes per local sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rocesses per sandbox:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU per local sandbox in percent of one core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> % of a core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CPU per sandbox:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language shows the next time SpawnAI starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pl&amp;an:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;emory per sandbox:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E2B cloud sandboxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E2B template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private pre&amp;views (only SpawnAI can open them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private previews of E2B sandboxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep them running when SpawnAI quits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep E2B sandboxes running when SpawnAI quits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifetime of a new app in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long a new sandbox runs. Extend adds as much again, and so does the window by itself while it shows the app, up to the plan&apos;s longest run (1 hour on Hobby, 24 on Pro). DEFAULT_SESSION_TIMEOUT_MS, PRO_SESSION_TIMEOUT_MS and --timeout win over it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Li&amp;fetime of a new app:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template and private previews apply to the next app deployed on E2B. E2B cannot make a running app private or public: redeploy it for that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes apply at once. The plan and the lifetime of a new app also reach apps already running: how much Extend adds and how far it can go. The rest, the E2B template and private previews among it, applies to the next app you start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix &amp;preview errors automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the model to fix the preview&apos;s errors by itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once per version and at most twice in a row; each request counts against the budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum age of npm packages in days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>npm installs only versions published at least this many days ago, a defence against freshly published malicious versions. pip is not held to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum package &amp;age:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeployStep</name>
    <message>
        <source>Writing files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installing Node packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installing Python packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running the script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running approved install scripts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deployer</name>
    <message>
        <source>the sandbox ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sandbox expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sandbox was destroyed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no sandbox to deploy into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removed %n file(s)</source>
        <translation>
            <numerusform>Removed %n file</numerusform>
            <numerusform>Removed %n files</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failed: `%2` exited with code %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored node_modules from the dependency cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: could not write the output page: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: the app did not answer HTTP on port %2 within %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: the app stopped before it answered on port %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: the app exited with code %2 before it answered on port %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install scripts of %1 were not run (not approved)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiffCommand</name>
    <message>
        <source>There is no session %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>E2bApiKey</name>
    <message>
        <source>This does not look like an E2B key: E2B&apos;s keys are e2b_ followed by at least %1 hex digits (0-9, a-f). Copy it again from the API Keys page of E2B&apos;s dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>E2bApiRequestFactory</name>
    <message>
        <source>create a sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the sandbox&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the sandboxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extend the sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the sandbox&apos;s usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop the sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pause the sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set the sandbox&apos;s network</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>E2bCreationQueue</name>
    <message>
        <source>the %1 plan runs at most %2 at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the %1 plan creates at most %n E2B sandbox(es) a second</source>
        <translation>
            <numerusform>the %1 plan creates at most %n E2B sandbox a second</numerusform>
            <numerusform>the %1 plan creates at most %n E2B sandboxes a second</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>E2bErrors</name>
    <message>
        <source>The E2B API key is invalid: E2B refused it. Check the key in Settings, API keys (or E2B_API_KEY); keys start with e2b_.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No E2B API key: add one in Settings, API keys, or set E2B_API_KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E2B refused to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E2B refused to %1 as a bad request: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: E2B does not know it (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1 now: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E2B asks to wait before it can %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E2B failed to %1 (HTTP %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: E2B answered HTTP %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: E2B did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: the secure connection to E2B failed (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: E2B could not be reached (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Your E2B account allows at most %n hour(s): set the plan to %1</source>
        <translation>
            <numerusform>Your E2B account allows at most %n hour: set the plan to %1</numerusform>
            <numerusform>Your E2B account allows at most %n hours: set the plan to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>E2B&apos;s limit of sandboxes at once for this account (%1) is reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E2B&apos;s limit of sandboxes at once for this account is reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E2B asks to wait: too many requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E2B asks to wait: too many requests (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The E2B API key does not look like an E2B key: it is e2b_ followed by at least %1 hex digits (0-9, a-f). Check the key in Settings, API keys (or E2B_API_KEY).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>E2bPortProbe</name>
    <message>
        <source>The E2B sandbox is gone (it probably timed out)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>E2bProcessRun</name>
    <message>
        <source>No command to run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command&apos;s output stream is unreadable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not finish within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command&apos;s stream ended without its exit status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: the sandbox could not be reached (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command&apos;s output stream was cut before it ended (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no end frame</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>E2bSandbox</name>
    <message>
        <source>The E2B sandbox %1 is not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused to write %1: not inside /home/user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upload the app&apos;s files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not mark files executable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop a command</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The sandbox has reached the plan&apos;s maximum lifetime of %n hour(s)</source>
        <translation>
            <numerusform>The sandbox has reached the plan&apos;s maximum lifetime of %n hour</numerusform>
            <numerusform>The sandbox has reached the plan&apos;s maximum lifetime of %n hours</numerusform>
        </translation>
    </message>
    <message>
        <source>The E2B provider is gone; the sandbox is left to its timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E2B no longer runs this sandbox: it was stopped outside SpawnAI</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>E2bSandboxProvider</name>
    <message>
        <source>E2B&apos;s answer to create names no sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>E2B kept refusing new sandboxes for %n minute(s): %1</source>
        <translation>
            <numerusform>E2B kept refusing new sandboxes for %n minute: %1</numerusform>
            <numerusform>E2B kept refusing new sandboxes for %n minutes: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>E2B no longer runs this sandbox: it has ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating an E2B sandbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EgressConnection</name>
    <message>
        <source>not a package registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name does not resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name resolves to a private address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ElementPointing</name>
    <message>
        <source>The text was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[preview] text changed in %1 by hand, without the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[preview] the edited text is not in the app&apos;s files as shown; the change waits in the follow-up line</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>[preview] the edited text occurs %n times in the app&apos;s files; the change waits in the follow-up line</source>
        <translation>
            <numerusform>[preview] the edited text occurs %n time in the app&apos;s files; the change waits in the follow-up line</numerusform>
            <numerusform>[preview] the edited text occurs %n times in the app&apos;s files; the change waits in the follow-up line</numerusform>
        </translation>
    </message>
    <message>
        <source>The text was not found in the app&apos;s files, so it was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The text occurs %n times in the app&apos;s files, so it was not saved.</source>
        <translation>
            <numerusform>The text occurs %n time in the app&apos;s files, so it was not saved.</numerusform>
            <numerusform>The text occurs %n times in the app&apos;s files, so it was not saved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EndExtension</name>
    <message>
        <source>The sandbox went away before its extension was confirmed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryPointCheck</name>
    <message>
        <source>spawnai.json: &quot;build&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A webapp is served from the app folder by &quot;%1&quot;, and the browser opens index.html, but the app has no &quot;index.html&quot; at the top of its folder. Add index.html there (not in a subfolder), or set &quot;start&quot; in the manifest to the command that serves the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spawnai.json: &quot;start&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add that file or change the command to run a file the app has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs &quot;%2&quot;, which starts Node without a script file. Name the file to run, for example &quot;node server.js&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs &quot;%2&quot;, which starts Python without a script. Name the file to run, for example &quot;python3 main.py&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs &quot;%2&quot;, which serves the folder &quot;%3&quot;, but there is no &quot;%4&quot;: the browser would get a file listing instead of the app. Add %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs &quot;%2&quot;, but install.pip does not list &quot;%3&quot;, so it will not be installed. Add &quot;%3&quot; to install.pip, or use only the standard library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add that module or change the command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs &quot;%2&quot;, but the app has no package.json. Add a package.json with a &quot;%3&quot; script, or run the file directly, for example &quot;node server.js&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs &quot;%2&quot;, but %3 has no &quot;scripts&quot;: {&quot;%4&quot;: ...}. Add the script, or run the file directly, for example &quot;node server.js&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;scripts.%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs &quot;%2&quot;, but the app has no file &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnvironmentEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variable name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variable value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen variable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventClient</name>
    <message>
        <source>Messages are JSON text, not binary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads too slowly: more than %1 bytes were waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer to a ping within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message is a JSON object (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown message type &quot;%1&quot;: subscribe or unsubscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;sessions&quot; lists session ids, or &quot;*&quot; for every session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a session id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;*&quot; already includes every session: send it alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;after&quot; is the last seq (or, for &quot;*&quot;, id) received: 0, 1, 2, ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection follows every session (&quot;*&quot;): unsubscribe from it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One connection follows at most %1 sessions by id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventHub</name>
    <message>
        <source>At most %1 WebSocket clients: try again later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventMessage</name>
    <message>
        <source>Some changes after this point were removed by retention: read the sessions&apos; state over REST</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Use a local model with Ollama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free and private: SpawnAI talks to Ollama on this computer at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to SpawnAI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Claude key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claude writes the apps. Your key stays in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ollama status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Describe an app now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip to the new-app page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try a template now, no key needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New app from the %1 template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for Ollama at %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ollama did not answer: %1 Start it (ollama serve), pull a model (ollama pull qwen2.5-coder) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ollama answers but has no model yet: pull one (ollama pull qwen2.5-coder) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe an app and a model writes it; it runs in a sandbox with a live preview. Choose how to begin:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FolderLoader</name>
    <message>
        <source>File &quot;%1&quot; is a symbolic link; copy the real file into the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File &quot;%1&quot; is not a regular file (a device, pipe or socket)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder has more than %1 files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File &quot;%1&quot; is larger than the limit of %2 per file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File &quot;%1&quot; cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no spawnai.json; see docs/manifest.md</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message>
        <source>The run ended before the change was ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run went away before the change was ready</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpBar</name>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a picture to the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change to make</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for a change, e.g. &quot;make the buttons bigger&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GeneratedAppBuilder</name>
    <message>
        <source> inside file &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer stopped%1 before &lt;/app&gt;: it is incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer has both a &lt;manifest&gt; block and a file &quot;spawnai.json&quot;. Send the manifest only once, in &lt;manifest&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &lt;manifest&gt; block is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer has no &lt;manifest&gt;. A new app needs one right after &lt;app&gt;, for example &lt;manifest&gt;{&quot;type&quot;: &quot;webapp&quot;, &quot;port&quot;: 3000}&lt;/manifest&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File &quot;%1&quot; is both sent and deleted in this answer; do one or the other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app has no files. Send every file of the app in &lt;file path=&quot;...&quot;&gt; blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File &quot;%1&quot; line %2 is a placeholder (&quot;%3&quot;) where code belongs. Files are deployed exactly as written: send the complete file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its answer had no app in it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GenerationJob</name>
    <message>
        <source>The answer was cut off%1 and %2 continuation(s) did not finish it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GenerationPhase</name>
    <message>
        <source>No model is set up: add a Claude key or a local model in Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The model thought before answering (%n word(s)); its thoughts are not part of the app</source>
        <translation>
            <numerusform>The model thought before answering (%n word); its thoughts are not part of the app</numerusform>
            <numerusform>The model thought before answering (%n words); its thoughts are not part of the app</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HostClient</name>
    <message>
        <source>There is no session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names more than one session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SpawnAI host at %1 does not answer: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host answered HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1 is %2 (on the host at %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is still running on E2B: E2B did not confirm the kill of its sandbox within 15 s, and the session keeps its status until it does. The SpawnAI host at %2 keeps trying to stop it; `spawnai list` shows when it has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SpawnAI host at %1 did not stop %2 within 15 s; it is %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a text file, and the host takes an app&apos;s files as text; run spawn without --detach for this folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostLocator</name>
    <message>
        <source>Could not start the SpawnAI host (%1 serve): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SpawnAI host stopped before it was ready. Run &quot;spawnai serve --data-dir %1&quot; in a terminal to see why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SpawnAI host did not get ready within 20 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpReadinessProbe</name>
    <message>
        <source>The app did not answer HTTP on %1 within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app&apos;s server is gone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageAttachments</name>
    <message>
        <source>Attached pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pasted picture could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pasted image %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 × %3 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the picture %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach Pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.webp *.gif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach ima&amp;ge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach pictures (PNG, JPEG, WebP or GIF); you can also drop or paste them in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InfoRoutes</name>
    <message>
        <source>The history cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OpenAPI document is missing from this build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;since&quot; is after &quot;until&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstallEgress</name>
    <message>
        <source>SpawnAI blocked a connection to %1 during the install (%2): installs reach only the package registries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the install proxy: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonRequest</name>
    <message>
        <source>the answer is larger than %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonSchemaCheck</name>
    <message>
        <source>%1 must be of type %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be at least %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not have the expected form</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeptEnd</name>
    <message>
        <source>Only a running sandbox can be extended</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeptExtension</name>
    <message>
        <source>No kept cloud sandbox serves session %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>The keychain refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeysPage</name>
    <message>
        <source>Keys are kept in your system keychain, never in SpawnAI&apos;s files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed for Claude to write apps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenAI-compatible server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: local servers such as Ollama need none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenAI-compatible server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E2B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For cloud sandboxes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the %1 key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the %1 key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the connection to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 key status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no keychain to keep keys in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or paste a key first, or use Remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not save the key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not remove the key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address must be an http or https URL, such as http://localhost:11434/v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or paste a key to test it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: E2B accepts the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E2B_API_KEY is set in SpawnAI&apos;s environment (%1): that key is in use. A key saved here is used only when E2B_API_KEY is not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E2B key from the environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed. The window keeps using the E2B key it has until SpawnAI restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Saved to the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveFileView</name>
    <message>
        <source>The file the model is writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, being written by the model</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LlmErrors</name>
    <message>
        <source>%1 reported an error: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the request: the account has reached its spend, credit or quota limit. Check the plan and billing, then try again (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the request as invalid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rejected the API key: update it in Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the request because of a billing problem: check the plan and billing (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused access: the API key may not use this model or resource (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not know the model &quot;%2&quot;: check the model name in Settings (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. A model must be pulled first: ollama pull %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 took too long to answer (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reported a conflict (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is too large for %1: shorten the conversation or the prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rate limit reached: try again in a minute (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 had an internal error (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is unavailable right now (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is overloaded right now: try again in a moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed with HTTP %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the request with HTTP %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not make a secure connection to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach %1: is %2 running?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach %1 at %2: check the internet connection (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 at %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent nothing for %2 s: the request timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply from %1 ended before it was complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent an answer SpawnAI cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. Part of the reply had already arrived, so it was not retried automatically: continue or regenerate it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> (gave up after %n attempts)</source>
        <translation>
            <numerusform> (gave up after %n attempt)</numerusform>
            <numerusform> (gave up after %n attempts)</numerusform>
        </translation>
    </message>
    <message>
        <source>no details given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is too long for the context %1 was started with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request needs %1 tokens but %2 was started with a context of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: restart llama-server with a larger -c, or choose a shorter request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds %2 tokens; this request needs %3: choose a larger model or a shorter answer limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (at most %1 tokens of answer would fit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the prompt alone does not fit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>raise the context length of %1 in LM Studio (the context slider in its load settings) to at least %2 and load it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restart llama-server with -c %1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs %2 with a context of %3 tokens; this request needs %4: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer of %1 filled its context before it was complete: choose a model with a larger context or a shorter answer limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot read images: choose a model with vision, or leave the images out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalCommands</name>
    <message>
        <source>Empty command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`%1` did not finish within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot run `%1`: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalPortRelays</name>
    <message>
        <source>Cannot open a host port for the app: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalSandbox</name>
    <message>
        <source>The sandbox did not start within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox is not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused to write %1: not inside /home/user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app&apos;s files reached the workspace limit of %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 of the sandbox is not exposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox stopped while starting (bubblewrap exit code %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox stopped unexpectedly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid cache request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalSandboxProvider</name>
    <message>
        <source>bubblewrap (bwrap) is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slirp4netns is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sandbox agent (spawnai-sandbox-agent) is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox agent (spawnai-sandbox-agent) is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating a local sandbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalSandboxSetup</name>
    <message>
        <source>Cannot prepare the sandbox folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot set the sandbox&apos;s limits: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalServerScan</name>
    <message>
        <source>No local server found on this machine. Start one, then look again:
  Ollama: ollama serve, then ollama pull qwen2.5-coder:7b (https://ollama.com)
  LM Studio: load a model and start the server in the Developer tab, or lms server start
  llama.cpp: llama-server -m MODEL.gguf -c 32768</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalServersLabel</name>
    <message>
        <source>Local model servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for local model servers on this computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  no models yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too small for apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>SpawnAI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy the %1 template in a new session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys and connections, defaults for new apps, the budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;API Keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or remove the keys of Claude, an OpenAI-compatible server and E2B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About SpawnAI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More menus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 template could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About SpawnAI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;SpawnAI %1&lt;/b&gt;&lt;p&gt;Describe an app, watch it run.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E2B cloud sandboxes need an E2B API key. Add one in Settings, or run the app locally.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sandbox is not available here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe a new app or pick a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New from &amp;Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a new app&apos;s description, or a change to the shown one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the plan to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan in Settings is now %1, but E2B_PLAN or --plan sets %2 and wins over it: change it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan is now %1. Redeploy the app to run it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing on this computer opens %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Documentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read how SpawnAI works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the keys of the window&apos;s commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report a Problem…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the folder with the logs, to attach them to a report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Manifest</name>
    <message>
        <source>spawnai.json: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must not be empty; leave it out instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be one line without control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of package names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1[%2]&quot; must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; lists more than %2 packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: %1 at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;type&quot; is missing: use webapp, api or script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;type&quot; must be a string: webapp, api or script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;type&quot; must be webapp, api or script, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;port&quot; must be a whole number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;install&quot; must be an object such as {&quot;npm&quot;: [], &quot;pip&quot;: []}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;name&quot; must be one line of at most %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;description&quot; is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: &quot;%2&quot; is not a package name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;install&quot; has an unknown field &quot;%1&quot; (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>McpTools</name>
    <message>
        <source>spawn_app needs exactly one of &quot;prompt&quot;, &quot;template&quot; or &quot;files&quot; (with &quot;manifest&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;files&quot; and &quot;manifest&quot; go together</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelKey</name>
    <message>
        <source>Claude needs an API key to write the app: add one in Settings &gt; API keys or set ANTHROPIC_API_KEY, or choose an OpenAI-compatible server such as Ollama.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelListing</name>
    <message>
        <source>%1 listed no models</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelRequestLine</name>
    <message>
        <source>price unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model request (%1): %2 tokens in, %3 out, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model request (%1): %2 tokens in (%3 read from the prompt cache, %4 written to it), %5 out, %6</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelsCommand</name>
    <message>
        <source>%1 at %2: not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  no models yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 context loaded (of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too small for apps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewAppForm</name>
    <message>
        <source>Server &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the app reach the &amp;internet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe your app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the app you want, e.g. &quot;a pomodoro timer with a dark theme&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the model choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenAI-compatible server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internet access for the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the app (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s model, e.g. qwen2.5-coder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the app runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local sandbox (free)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E2B cloud sandbox (shareable, billed by the second)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Runs in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;price…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the model&apos;s price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Settings &gt; Budget &gt; Prices for this model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a model to see what the app costs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a picture to the prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app&apos;s environment variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En&amp;vironment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>En&amp;vironment (%n)…</source>
        <translation>
            <numerusform>En&amp;vironment (%n)…</numerusform>
            <numerusform>En&amp;vironment (%n)…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Your app is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is running at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your app could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” failed. Open SpawnAI to see what happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sandbox stops soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” stops in %n minute(s). Extend it to keep it running.</source>
        <translation>
            <numerusform>“%1” stops in %n minute. Extend it to keep it running.</numerusform>
            <numerusform>“%1” stops in %n minutes. Extend it to keep it running.</numerusform>
        </translation>
    </message>
    <message>
        <source>Monthly budget spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % of the monthly budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of your %2 monthly budget is spent (%3 %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped at the monthly budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The monthly budget of %1 is spent (%2). Stopped: %3. Their files and history are kept; raise the budget in Settings to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” stops in %n minute(s): %2</source>
        <translation>
            <numerusform>“%1” stops in %n minute: %2</numerusform>
            <numerusform>“%1” stops in %n minutes: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpenAiClient</name>
    <message>
        <source>No model is chosen for %1: pick one in Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output limit must be at least one token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to send to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the model server was closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackageJson</name>
    <message>
        <source>package.json: &quot;%1&quot; must be a version range, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;resolved&quot; must point at %2, not &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: version &quot;%2&quot; is not from the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>package.json is not a JSON object: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>package.json: &quot;%1&quot; must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>package.json: &quot;%1&quot; lists &quot;%2&quot;, which is not a valid package name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>package.json: &quot;%1&quot; of &quot;%2&quot; must be a version range such as ^4.19.2, not a URL, git, file or alias reference (got &quot;%3&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>package.json: &quot;overrides&quot; must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackageSpec</name>
    <message>
        <source>it is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it contains whitespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it contains a control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it looks like a command-line option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URLs, git and file references are not allowed, only registry names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it contains shell characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 package &quot;%2&quot; is not allowed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paths are not allowed, only registry names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid package name (lower-case letters, digits, &quot;-&quot;, &quot;.&quot;, &quot;_&quot;, an optional @scope/)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is longer than 214 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the version must be a semver range or a tag such as ^4.19.2 or latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direct references and markers are not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a name with an optional version, such as requests==2.31.0 or numpy&gt;=1.26,&lt;2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a package name (such as sharp, @scope/name or Pillow)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PathValidator</name>
    <message>
        <source>File &quot;%1&quot; is not allowed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it contains a control or invisible character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backslashes are not allowed, use &quot;/&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path must be relative to the app folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drive letters are not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is nested deeper than %1 folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has an empty path segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;.&quot; and &quot;..&quot; segments are not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name is longer than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node_modules is filled by the package install</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.spawnai is reserved for SpawnAI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.npmrc could redirect the package install</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a path must not start with &quot;:&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message numerus="yes">
        <source>The %1 plan runs a sandbox for at most %n minute(s); this one has reached it.</source>
        <translation>
            <numerusform>The %1 plan runs a sandbox for at most %n minute; this one has reached it.</numerusform>
            <numerusform>The %1 plan runs a sandbox for at most %n minutes; this one has reached it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PointedElementChip</name>
    <message>
        <source>Element pointed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the element pointed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Selector: %2
Text: %3
File: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewErrorsBar</name>
    <message>
        <source>&amp;Fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the model to fix the preview&apos;s errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) in the preview of version %1</source>
        <translation>
            <numerusform>%n error in the preview of version %1</numerusform>
            <numerusform>%n errors in the preview of version %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Send the errors, the files they point at and the end of the app&apos;s log to the model as a change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a ready app the model wrote takes a change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app appears here once it is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[preview] could not load %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[preview] could not open %1 in a web browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview cannot be shown here: %1
Open the app in your web browser instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating… The new version shows here once it is ready.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPlaceholder</name>
    <message>
        <source>Redeploy the app</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewToolbar</name>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the page again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the page in your web browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the page&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device sizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone (390 × 844)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tablet (820 × 1180)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick Element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point at an element of the page for the next change; double-click a text to edit it (Esc cancels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the text edited in the page as a new version, without the model</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PriceOverridesEditor</name>
    <message>
        <source>Price overrides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select all prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own prices in US dollars per million tokens. A model listed here is priced with these instead of the built-in table. An empty cache price follows the input price (for Claude: 1.25 times to write, a tenth to read).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PriceTable</name>
    <message>
        <source>The price table is not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A price entry has no model id or a negative price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sandbox price has no provider or a negative price</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivateAppNotice</name>
    <message>
        <source>A private app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This app is private: E2B answers only requests that carry its access token. SpawnAI&apos;s preview adds the token; your web browser cannot, so E2B would show it an error (403).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E2B cannot make a private app public while it runs: its API changes only what the sandbox may reach, not who may reach it. To get an address anyone can open, turn off Settings ▸ Defaults ▸ Private previews, then stop the app and redeploy it: E2B gives the new sandbox a public address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in &amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;curl Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A command line that fetches the app with its token, for an API or a script. It holds the token: share it only with people who may use the app.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromptImageCheck</name>
    <message>
        <source>%1 images were attached; a prompt takes at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 MB; images may be at most 5 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a PNG, JPEG, WebP or GIF image (or it is damaged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 x %3 pixels; images may be at most 8000 pixels a side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no image file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the image %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a base64 data URI (data:image/png;base64,...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 5 MB; images may be at most 5 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid base64</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromptImageStore</name>
    <message>
        <source>Cannot create the folder %1 for the prompt&apos;s images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store the image %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prompt&apos;s image %1 is missing from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prompt&apos;s image %1 is damaged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResourceLimiter</name>
    <message>
        <source>The app went over its memory limit of %1 MiB and was stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app tried to run more than its limit of %1 processes and was stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app filled its workspace limit of %1 MiB and was stopped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunEnvironment</name>
    <message>
        <source>The app&apos;s environment could not be kept in the keychain (%1): a redeploy will not have it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunExpiry</name>
    <message>
        <source>Only a running sandbox can be extended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extended the sandbox until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not extended by itself: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extended the sandbox until %1 (by itself: the app is in use)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuntimeOverrides</name>
    <message>
        <source>%1 is a whole number of seconds, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a whole number of milliseconds, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too short: at least %2 (one second)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 is longer than the %2 plan allows: at most %3 (%n hour(s))</source>
        <translation>
            <numerusform>%1 is longer than the %2 plan allows: at most %3 (%n hour)</numerusform>
            <numerusform>%1 is longer than the %2 plan allows: at most %3 (%n hours)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is hobby or pro, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a whole number, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too low: at least 1 session runs at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is more than the %2 plan allows: at most %3 sessions at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is debug, info, warning or error, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an amount in USD from 0 to 1000000, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sandbox</name>
    <message>
        <source>This sandbox keeps no cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sandbox cannot be paused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxFolder</name>
    <message>
        <source>cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxLedger</name>
    <message>
        <source>The ledger holds no sandbox %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxProvider</name>
    <message>
        <source>Sandbox %1 cannot be ended from here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating a sandbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxRelease</name>
    <message>
        <source>The sandbox could not be paused (%1); it was stopped instead. The app&apos;s files are kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScriptApproval</name>
    <message>
        <source>There is no session %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScriptApprovalBar</name>
    <message>
        <source>&amp;Allow and redeploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs these packages&apos; install scripts in the sandbox from now on, for this session and its follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This app asks to run the install scripts of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow the install scripts and redeploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now: keep installing without these scripts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScriptOutputPage</name>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exited with code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output was long; only its end is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The script printed nothing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretCommand</name>
    <message>
        <source>Cannot read standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is saved in the keychain for spawn --env-from-keychain %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is removed from the keychain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServeCommand</name>
    <message>
        <source>--bind needs an IP address, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--bind %1 would let other machines reach SpawnAI&apos;s API; add --allow-remote if that is what you want</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API listens on %1, which other machines may reach: anyone with the token can run apps on this computer, and the connection is not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SpawnAI serves its API at %1 until Ctrl-C (the token: spawnai token)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionActions</name>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the app and remove its sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redeploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy the stored app again in a new sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open in Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the app in your web browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the app&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the app&apos;s page again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped from the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1 in a web browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping: SpawnAI is ending the app&apos;s E2B sandbox and stops the session once E2B confirms it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the app and erase the session; what it cost stays counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the model again with the same prompt and settings, as a new session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionCodeView</name>
    <message>
        <source>Save and &amp;Redeploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files of the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the edited files and deploy them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo all edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being written by the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model is writing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Version %1, %n file(s)</source>
        <translation>
            <numerusform>Version %1, %n file</numerusform>
            <numerusform>Version %1, %n files</numerusform>
        </translation>
    </message>
    <message>
        <source>No files yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited, not deployed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The edits were not deployed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hanges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a version changed against another, file by file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what a version changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionCommands</name>
    <message>
        <source>No sessions yet. Try: spawnai spawn --template static-site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SANDBOX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPDATED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WHAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type      %1 in a %2 sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL       %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error     %1 (%2%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, retrying can help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no SpawnAI process was running it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The process running %1 did not stop it within 15 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 runs until %2, %n minute(s) from now</source>
        <translation>
            <numerusform>%1 runs until %2, %n minute from now</numerusform>
            <numerusform>%1 runs until %2, %n minutes from now</numerusform>
        </translation>
    </message>
    <message>
        <source>Cost      %1 (models %2, sandboxes %3), estimated %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped with spawnai stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may still be running on E2B (sandbox %2), and SpawnAI cannot stop it here: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is deleted; its costs stay counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Env       %1 (values in the keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app&apos;s environment of %1 could not be removed from the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scripts   %1 (install scripts approved)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionContentRoutes</name>
    <message>
        <source>&quot;version&quot; is a version number (1, 2, ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1 has no version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1 has no files yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a path inside the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 has no file %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;tail&quot; is a number of lines from 1 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a number from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a session id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A version is a number from 1 up, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;format&quot; is json or unified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionControls</name>
    <message>
        <source>R&amp;estore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xtend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions of the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the selected version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the selected version back into the running app, as a new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To a &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As a &amp;ZIP File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the sandbox more time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the sandbox more time, up to the plan&apos;s longest run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versio&amp;n:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox was not extended: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no stored code to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as ZIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extended by itself a few minutes before its end while this window shows it, up to the plan&apos;s longest run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version is the one that runs now; choose an earlier one to restore it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the code to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the code into the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionCost</name>
    <message>
        <source> (prompt caching saved %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> + %n request(s) to %1 at an unknown price</source>
        <translation>
            <numerusform> + %n request to %1 at an unknown price</numerusform>
            <numerusform> + %n requests to %1 at an unknown price</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionCostLabel</name>
    <message>
        <source>Cost so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost so far: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost so far: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cost so far: %1, and %Ln token(s) so far at an unknown price (the model is writing)</source>
        <translation>
            <numerusform>Cost so far: %1, and %Ln token so far at an unknown price (the model is writing)</numerusform>
            <numerusform>Cost so far: %1, and %Ln tokens so far at an unknown price (the model is writing)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cost so far: %1 (%Ln token(s) so far, the model is writing)</source>
        <translation>
            <numerusform>Cost so far: %1 (%Ln token so far, the model is writing)</numerusform>
            <numerusform>Cost so far: %1 (%Ln tokens so far, the model is writing)</numerusform>
        </translation>
    </message>
    <message>
        <source>The request being written is counted from the text received so far; when it ends, the figure the service reports replaces it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionDelete</name>
    <message>
        <source>SpawnAI is closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete requested: the app stops, then the session is erased but for its costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete requested: the app stops; the history stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted; history kept</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionDeleter</name>
    <message>
        <source>Delete Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app stops first. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its prompt, files, versions, conversation with the model, timeline and log are erased for good. What it cost stays counted in this month&apos;s spend and the budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session could not be deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionEnvironmentPanel</name>
    <message>
        <source>Variables the app&apos;s process gets, such as an API key it calls. The values stay in the system keychain; the model that writes the app sees only the names. Changes apply at the next start or redeploy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain cannot be reached here, so no values can be kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An app can have at most %1 environment variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is saved; it applies at the next start or redeploy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is removed; this applies at the next start or redeploy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionExtension</name>
    <message>
        <source>There is no session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1 is not running (it is %2): only a running sandbox can be extended. Redeploy it to run it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SpawnAI process runs session %1 any more, and its local sandbox ended with the process that ran it. Redeploy it to run it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SpawnAI process runs session %1 and no kept sandbox serves it. Redeploy it to run it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SpawnAI process running %1 did not answer within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SpawnAI process running %1 ended before it answered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionFilterButton</name>
    <message>
        <source>&amp;Clear Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only sessions of some statuses, app types or sandboxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped or expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E2B cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all sessions again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No filter: all sessions are shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing only: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionIdResolver</name>
    <message>
        <source>There is no session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names %2 sessions; give more of the id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionLaunch</name>
    <message>
        <source>Unknown model provider &quot;%1&quot;: use anthropic or openai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown app type &quot;%1&quot;: use webapp, api, script or auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SpawnAI is closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images go with a prompt for the model, not with a template or a folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionListModel</name>
    <message>
        <source>%1
%2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionLogPane</name>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the previous match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the next match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the whole log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionLogView</name>
    <message>
        <source>Log output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output of the app and of its installation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been logged yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionManager</name>
    <message>
        <source>stopped from another SpawnAI process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SpawnAI closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 plan runs at most %2 sessions at once. Stop one, or switch to the pro plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandboxes of kind &quot;%1&quot; are not available here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the app you want</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store the app&apos;s files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1 is running already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1 is still %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redeploying the stored app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no SpawnAI process was running it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1 is not running here; redeploy it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1 is busy (%2); wait until it is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1 must be running and ready to restore a version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1 has no version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1 has no stored app to deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1 has no stored app to edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store the edited files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1 is not running here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAX_CONCURRENT_SESSIONS lets at most %1 sessions run at once. Stop one, or raise it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1 was not written by a model, so there is nobody to change it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionPurge</name>
    <message>
        <source>Could not delete session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no session %1 in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1 is still %2: stop it before deleting it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the delete of session %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionRetry</name>
    <message>
        <source>The app could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionRoutes</name>
    <message>
        <source>&quot;%1&quot; is not a session id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown app type &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;sandbox&quot; is local or e2b</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;limit&quot; is a whole number from 1 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;cursor&quot; is not one this API gave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;purge&quot; is true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped through the API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;text&quot; must be a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1 was not written by a model, so there is nobody to change it; start a session from a prompt for that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;minutes&quot; is a whole number from 1 to 1440</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;internet&quot; must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a version number (1, 2, ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1 has no version %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionRunCall</name>
    <message>
        <source>Session %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1 is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app is ready at %1 (session %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1: %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionRunner</name>
    <message>
        <source>SpawnAI closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asking %1 to write the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restoring version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the answer holds %n file(s)</source>
        <translation>
            <numerusform>the answer holds %n file</numerusform>
            <numerusform>the answer holds %n files</numerusform>
        </translation>
    </message>
    <message>
        <source>restored version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redeployed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deploying version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept the running version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asking the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one last try with a simpler prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating the sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sandbox reached its timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>deploying %n file(s)</source>
        <translation>
            <numerusform>deploying %n file</numerusform>
            <numerusform>deploying %n files</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 took %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app stopped by itself with exit code %1.
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for a sandbox: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still waiting for a sandbox: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sandbox is free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deploying your edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept running after SpawnAI closed, until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (with %n image(s))</source>
        <translation>
            <numerusform>%1 (with %n image)</numerusform>
            <numerusform>%1 (with %n images)</numerusform>
        </translation>
    </message>
    <message>
        <source>repair round %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked the model: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n repair(s) and a simpler prompt were tried</source>
        <translation>
            <numerusform>%n repair and a simpler prompt were tried</numerusform>
            <numerusform>%n repairs and a simpler prompt were tried</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repair(s) were tried</source>
        <translation>
            <numerusform>%n repair was tried</numerusform>
            <numerusform>%n repairs were tried</numerusform>
        </translation>
    </message>
    <message>
        <source>a simpler prompt was tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model did not return an app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model did not return the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app the model wrote did not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changed app did not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking the model&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionSidebar</name>
    <message>
        <source>&amp;New app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only the sessions whose prompt contains the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sessions, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the template gallery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the list is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions yet — try a template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the search and filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the templates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionStartRequest</name>
    <message>
        <source>The body must be a JSON object (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;manifest&quot; must be an object (spawnai.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;internet&quot; must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;timeoutSeconds&quot; must be a whole number from 1 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one of &quot;prompt&quot;, &quot;template&quot; or &quot;files&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;files&quot; needs a &quot;manifest&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;manifest&quot; goes with &quot;files&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;baseUrl&quot; must be an http or https address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;provider&quot;: &quot;openai&quot; needs a &quot;model&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;images&quot; go with a &quot;prompt&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionStepper</name>
    <message>
        <source>Generating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair round %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionStore</name>
    <message>
        <source>There is no session %1 in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record that session %1 is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1 of session %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add to the timeline of session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved app version %1 (%n file(s))</source>
        <translation>
            <numerusform>Saved app version %1 (%n file)</numerusform>
            <numerusform>Saved app version %1 (%n files)</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not record the resource use of session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no usage record %1 of session %2 in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the model use of session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not store the conversation of session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session history at %1 is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the new session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1 cannot move from %2 to %3; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the new costs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionText</name>
    <message>
        <source>Template: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisioning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E2B cloud sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Express API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Static site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A responsive landing page with a theme toggle, a counter and a clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JSON notes API on Express, with a page that documents and tries it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Python script that prints a sales report; its output becomes the page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A web app served from the sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An HTTP API served from the sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A script that runs once; its output becomes the page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the session %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionTimeline</name>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened to the session, oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionView</name>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redeploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App type and sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session is no longer in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1 in your web browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the &amp;Key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise the &amp;Limit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;price…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the price of the session&apos;s model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the plan your E2B account has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the pl&amp;an to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the plan to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app appears here once it is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no app: the model did not write one (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>[preview] asking the model to fix %n error(s) by itself</source>
        <translation>
            <numerusform>[preview] asking the model to fix %n error by itself</numerusform>
            <numerusform>[preview] asking the model to fix %n errors by itself</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[preview] asking the model to fix %n error(s)</source>
        <translation>
            <numerusform>[preview] asking the model to fix %n error</numerusform>
            <numerusform>[preview] asking the model to fix %n errors</numerusform>
        </translation>
    </message>
    <message>
        <source>The app was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app&apos;s sandbox expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app is not running (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;nvironment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionWatch</name>
    <message>
        <source>The session ended (%1) before it was ready</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keys and connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Automation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlirpNetwork</name>
    <message>
        <source>slirp4netns could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slirp4netns stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpawnCommand</name>
    <message>
        <source>Local sandboxes cannot run here: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped with Ctrl-C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped by SIGTERM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no template &quot;%1&quot;. Templates: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No E2B API key: set E2B_API_KEY or add the key in Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private (Settings &gt; Defaults &gt; Private previews): E2B answers this address only with the app&apos;s access token, which SpawnAI&apos;s window sends; a web browser gets 403.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpawnLaunch</name>
    <message>
        <source>SpawnAI is closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session could not be started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpendCharts</name>
    <message>
        <source>Daily spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend by model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend by provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens in and out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandboxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily spend (USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sandboxes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlSandboxLedger</name>
    <message>
        <source>record the new sandbox %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the expiry of sandbox %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep sandbox %1 running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the kill of sandbox %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record that sandbox %1 is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record that sandbox %1 is paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the size of sandbox %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusBadge</name>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreSql</name>
    <message>
        <source>%1. The disk holding SpawnAI&apos;s data is full: free some space on it and try again; nothing saved before is lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateLibrary</name>
    <message>
        <source>There is no template &quot;%1&quot;; available: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; has no readable spawnai.json</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextChartBuilder</name>
    <message>
        <source>Charts are unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelinePictures</name>
    <message numerus="yes">
        <source>The prompt&apos;s pictures (%n)</source>
        <translation>
            <numerusform>The prompt&apos;s picture (%n)</numerusform>
            <numerusform>The prompt&apos;s pictures (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pictures with the change (%n)</source>
        <translation>
            <numerusform>Picture with the change (%n)</numerusform>
            <numerusform>Pictures with the change (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Picture %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>SpawnAI</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrayMenu</name>
    <message>
        <source>This sandbox cannot be extended here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sandboxes running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show SpawnAI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped from the tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UiPlugins</name>
    <message>
        <source>%1 is not installed (looked in %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not the plugin this version expects</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsageRepricer</name>
    <message>
        <source>Could not price earlier model requests</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionComparison</name>
    <message>
        <source>This session has no stored versions yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no version %1; this session has only version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no version %1; this session has versions %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>+%1 −%2 lines, %n file(s)</source>
        <translation>
            <numerusform>+%1 −%2 lines, %n file</numerusform>
            <numerusform>+%1 −%2 lines, %n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VersionDiff</name>
    <message>
        <source>binary</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) changed</source>
        <translation>
            <numerusform>%n file changed</numerusform>
            <numerusform>%n files changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) added</source>
        <translation>
            <numerusform>%n line added</numerusform>
            <numerusform>%n lines added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) deleted</source>
        <translation>
            <numerusform>%n line deleted</numerusform>
            <numerusform>%n lines deleted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VersionDiffView</name>
    <message>
        <source>Compare from version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare to version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change, side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing (every file new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No versions yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1 −%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 is a binary file; it changed.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions to compare from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions to compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the change as a unified diff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the change side by side</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Start a new app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe an app and a model writes it, then it runs in a sandbox on this computer with a live preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New app from the %1 template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No templates are available in this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or pick a template: it starts in a few seconds, no account or API key needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe an app and a model writes it, then it runs in an E2B cloud sandbox, billed by the second, with a live preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or pick a template: it starts in an E2B cloud sandbox in a few seconds. It needs your E2B key, no model.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowApiHost</name>
    <message>
        <source>The local API is off in this window: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>SpawnAI closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n E2B sandbox(es) of earlier sessions may still be running, and billing: %1. Their sessions stay as they are until SpawnAI can look.</source>
        <translation>
            <numerusform>%n E2B sandbox of an earlier session may still be running, and billing: %1. Its session stays as it is until SpawnAI can look.</numerusform>
            <numerusform>%n E2B sandboxes of earlier sessions may still be running, and billing: %1. Their sessions stay as they are until SpawnAI can look.</numerusform>
        </translation>
    </message>
    <message>
        <source>No SpawnAI host serves %1: start one with &quot;spawnai serve&quot; (or open the window, with Settings &gt; Automation on), then try again; without --detach, spawn runs in the foreground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another SpawnAI (process %1) already hosts the API for %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
