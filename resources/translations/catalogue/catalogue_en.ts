<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CataloguePage</name>
    <message>
        <source>&amp;1 Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;2 Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;3 Offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;4 Scripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;5 Phrases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;6 Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue sections</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OffersTab</name>
    <message>
        <source>Offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New offer (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save offer (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category codes: {codes}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhrasesTab</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hint for the agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test a sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defensive phrases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add phrase (Enter in the phrase box)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected phrase (Del in the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type what the agent would say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No defensive phrase found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defensive phrases found: {found}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonsTab</name>
    <message>
        <source>New reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename / edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to category…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More reason actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason categories and reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible te&amp;am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave it empty to use the category&apos;s team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Front-line service (reasons feed coaching)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front-line service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+S or Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a reason or a category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge “{reason}” into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the reason to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of “{reason}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewTab</name>
    <message>
        <source>Reasons that imports did not recognise. Enter: merge the selected one into a catalogue reason. Ctrl+M: accept it into a category as a new reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly revenue is shown per currency, never added. The list is ranked by revenue in the currency most of these customers are billed in, then by customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreviewed reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept into a category…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge “{reason}” into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the reason to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept “{reason}” into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the category</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScriptsTab</name>
    <message>
        <source>S&amp;tep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scri&amp;pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chec&amp;klist (one item per line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view with a sample customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholders you may use: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company na&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown for {company}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company the agents call for: every script says it for {company}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save script (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>our company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown placeholders: {names}. Fix them before saving; agents never see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;ogin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Handful (customers per cycle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acti&amp;ve (may sign in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New user (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save user (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the selected user&apos;s password (they need one to sign in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loc&amp;k the app after (idle minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the app after idle minutes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalogue</name>
    <message>
        <source>Portuguese (Brazil)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portuguese (Portugal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Brazilian label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Por&amp;tuguese label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;English label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brazilian label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portuguese label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value (money)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value (% of monthly revenue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost to the company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible reason categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min. monthly revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max. monthly revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent may grant up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executive may grant up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor may grant up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most per customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period of days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged into another reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another reason merged into this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by a catalogue import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} → {target}: {calls} call reasons, {customers} customers moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee waiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value (money)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cos&amp;t to the company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mi&amp;n. monthly revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ma&amp;x. monthly revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;gent may grant up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xecutive may grant up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;upervisor may grant up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;de</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value (% of monthl&amp;y revenue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Durat&amp;ion (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible se&amp;gments (comma-separated, empty: all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible reason categor&amp;ies (codes, empty: all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At &amp;most per customer (0: no cap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… in a &amp;period of days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acti&amp;ve (offered in calls)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every amount of the offer is in this currency; it is offered only to customers billed in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit per customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phrase to avoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hint shown instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason as imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inactive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>must be a number such as 12,50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least one label is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a label is at most 200 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a code is 1 to 60 letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this code is already used (codes are never reused, even after retiring)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another active reason in this category already has this label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the category does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reason does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reason is retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a team name is at most 200 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a reason cannot be merged into itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the target reason is retired; pick an active reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kind must be one of: discount, credit, gift, upgrade, fee_waiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another offer already uses this code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number, zero or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number, 1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give a value in money or a percentage, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a percentage is between 0 and 100%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the minimum revenue is above the maximum revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of non-empty texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the offer does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason category has this code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the currency must be a three-letter ISO 4217 code, such as BRL or EUR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown placeholder; use one of the listed placeholders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown call step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the language must be pt_BR, pt_PT or en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a phrase is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a phrase is at most 300 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this phrase is already in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the phrase does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a checklist item cannot be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason} is the reason&apos;s name, not a sentence: write &apos;Main reason: {reason}&apos;, not &apos;because {reason}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the handful is 1 to 10 customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another user already has this login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is the last active supervisor; make someone else a supervisor first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user does not exist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
