<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AuditPage</name>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switched user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked (idle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason log exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers reassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer rejected</source>
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
        <source>the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details of the selected entry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
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
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every sign-in event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetPasswordDialog</name>
    <message>
        <source>Set password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password of %1. Their failed tries are cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ: type them again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to Recovery Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery Desk is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked after a while without use. Sign in to go back to where you were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your name and type your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no password on this desk yet: choose one (at least %2 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many failed tries: wait %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ: type them again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>wrong password for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many failed tries: wait %1 seconds and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no password on this desk yet: a supervisor sets one (Catalogue → Users)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no password on this desk yet: choose one to sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a password has at least %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is deactivated and cannot sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a supervisor sets another user&apos;s password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the password of a desk&apos;s only supervisor can be recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the period ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
