<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Cli</name>
    <message>
        <source>Cannot read standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON (at character %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must hold one JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the database, or upgrade it to this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database ready: %1 (schema %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many cases to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed, for the same data again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add realistic demo data: directories and cases in every state over the last two years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number from 1 to 1000000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 demo cases to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case as JSON, from a file or - for standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a case from JSON, with the same checks as the registration form. Prints its number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--json FILE is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new case starts as &quot;registered&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the cases, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON (the same shape as case add takes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registration number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputed act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create or upgrade the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a case from JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong number of arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huajie: the desk of an administrative dispute coordination and resolution center.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case database (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do; see the list below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every command takes --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Directory</name>
    <message>
        <source>Agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referring units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procurators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediators and talent pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procuratorate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Center name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration number pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputed act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enforcement domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suitability ground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons on the applicant side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Representatives</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Json</name>
    <message>
        <source>must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date in the form YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be text with yuan and at most two decimals, e.g. &quot;1200.50&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a known key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no case with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no case numbered %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry is used by cases and cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was written by a newer Huajie (schema %1; this program knows up to %2). Update the program to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Huajie database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused the change: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must contain {year} and {seq}, e.g. （{year}）化解字第{seq}号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no case is registered without the party&apos;s consent: enter its date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consent must be given on or before the registration date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the birth date %1 does not match the ID number (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not match the ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only organisations have a credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisations have a credit code, not a resident ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a party may appoint one or two agents, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the party will not attend in person, so at least one agent must hold special authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least one applicant is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least one respondent agency is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with several respondent agencies, mark exactly one as the lead (%1 marked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1 but %2 applicants are listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a side of more than 10 persons appoints 2 to 5 representatives (%1 listed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>representatives are appointed only by a side of more than 10 persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must have 18 characters, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>character %1 (%2) is not allowed: use 0-9 and A-Y without I, O, S, V, Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>characters 3 to 8 are the region code and must be digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the check character is wrong (expected %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first 17 characters must be digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last character must be a digit or X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a province code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a real birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the birth date %1 is in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the check digit is wrong (expected %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In mediation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court, before filing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court, during trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrative reconsideration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procuratorate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Petition office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrative penalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrative licensing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrative coercion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expropriation or requisition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrative compensation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State indemnity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrative benefit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure to perform statutory duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Government information disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work injury determination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrative registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrative agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Human resources and social security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Natural resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ecology and environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing and urban-rural development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agriculture and rural affairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commerce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Culture and tourism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market regulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drug administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financial regulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urban management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim hard to support but a real hardship needs solving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act may be held unlawful but kept in force; remedy needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy change or historical problem; the agency is better placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Misunderstanding or hostility a judgment would not resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear law or precedent; the outcome is not in doubt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Major, complex, many persons or sensitive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also about preventing future harm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical or trade questions suited to expert mediation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other case suited to mediation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed consent form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oral, recorded in writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by the court</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respondent agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Natural person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procurator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconsideration office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Center staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People&apos;s mediator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lawyer or legal adviser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People&apos;s congress deputy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPPCC member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Psychologist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediation room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judge guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video mediation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enforcement domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suitability ground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediator kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room kind</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>huajie::AgentTableModel</name>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Law firm or employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident ID number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>huajie::CaseDetailView</name>
    <message>
        <source>Select a case to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referring unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lawsuit or reconsideration number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Following judge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procurator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead mediator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputed act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enforcement domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount involved (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons on the applicant side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suitability ground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collective dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Petition risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leader supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal aid requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typical case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>legal representative %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not attend in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>huajie::CaseFormDialog</name>
    <message>
        <source>Register a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent and flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. （2026）宁02委调15号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration date *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source channel *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referring unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lawsuit or reconsideration number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Following judge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procurator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead mediator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add respondent agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add third party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents of the selected party (at most two):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a party first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yuan, e.g. 120000.50; empty when none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputed act *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enforcement domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount involved (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons on the applicant side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suitability ground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent date *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent form *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collective dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Major petition or litigation risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leader supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal aid requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typical case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (given when saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputed act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Representatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write yuan with at most two decimals, e.g. 1200.50</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>huajie::CaseListModel</name>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respondent agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputed act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead mediator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>huajie::DirectoryDialog</name>
    <message>
        <source>Directories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>huajie::DirectoryPicker</name>
    <message>
        <source>Add a new entry to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>huajie::MainWindow</name>
    <message>
        <source>Huajie — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register a case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Directories…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;demo data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Huajie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search number, name, agency, act… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huajie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 cases shown · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no cases yet. Load demo data (200 cases with their parties and directories) to try the program?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many cases?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 demo cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Huajie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Huajie %1&lt;/h3&gt;&lt;p&gt;The desk of an administrative dispute coordination and resolution center.&lt;/p&gt;&lt;p&gt;Licensed under the MIT licence.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>huajie::PartyTableModel</name>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attends in person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>huajie::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year} is the year of registration, {seq} the case&apos;s number in that year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Center name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration number pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Center name: is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language is used the next time Huajie starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The mediation desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case database (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huajie</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
