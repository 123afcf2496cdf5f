<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AuditPage</name>
    <message>
        <source>Signed in</source>
        <translation>Entrou</translation>
    </message>
    <message>
        <source>Failed sign-in</source>
        <translation>Entrada falhada</translation>
    </message>
    <message>
        <source>Switched user</source>
        <translation>Troca de usuário</translation>
    </message>
    <message>
        <source>Locked (idle)</source>
        <translation>Bloqueado (inatividade)</translation>
    </message>
    <message>
        <source>Password set</source>
        <translation>Senha definida</translation>
    </message>
    <message>
        <source>Password recovered</source>
        <translation>Senha recuperada</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>Usuário adicionado</translation>
    </message>
    <message>
        <source>User changed</source>
        <translation>Usuário alterado</translation>
    </message>
    <message>
        <source>Reason log exported</source>
        <translation>Registro de motivos exportado</translation>
    </message>
    <message>
        <source>Customers imported</source>
        <translation>Clientes importados</translation>
    </message>
    <message>
        <source>Reasons merged</source>
        <translation>Motivos unificados</translation>
    </message>
    <message>
        <source>Catalogue imported</source>
        <translation>Catálogo importado</translation>
    </message>
    <message>
        <source>Cycle opened</source>
        <translation>Ciclo aberto</translation>
    </message>
    <message>
        <source>Cycle assigned</source>
        <translation>Ciclo distribuído</translation>
    </message>
    <message>
        <source>Customers reassigned</source>
        <translation>Clientes redistribuídos</translation>
    </message>
    <message>
        <source>Cycle closed</source>
        <translation>Ciclo fechado</translation>
    </message>
    <message>
        <source>Offer approved</source>
        <translation>Oferta aprovada</translation>
    </message>
    <message>
        <source>Offer rejected</source>
        <translation>Oferta recusada</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quem</translation>
    </message>
    <message>
        <source>the app</source>
        <translation>o aplicativo</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Quem:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Ação:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Período:</translation>
    </message>
    <message>
        <source>&amp;Details of the selected entry:</source>
        <translation>&amp;Detalhes do registro selecionado:</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Qualquer data</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 dias</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 dias</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Every action</source>
        <translation>Todas as ações</translation>
    </message>
    <message>
        <source>Every sign-in event</source>
        <translation>Todas as entradas e bloqueios</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Registros de auditoria</translation>
    </message>
</context>
<context>
    <name>SetPasswordDialog</name>
    <message>
        <source>Set password</source>
        <translation>Definir senha</translation>
    </message>
    <message>
        <source>The new password of %1. Their failed tries are cleared.</source>
        <translation>A nova senha de %1. As tentativas falhadas são zeradas.</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nova senha:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repita:</translation>
    </message>
    <message>
        <source>Password message</source>
        <translation>Mensagem da senha</translation>
    </message>
    <message>
        <source>&amp;Set password</source>
        <translation>&amp;Definir senha</translation>
    </message>
    <message>
        <source>The two passwords differ: type them again.</source>
        <translation>As duas senhas são diferentes: digite-as de novo.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to Recovery Desk</source>
        <translation>Entrar no Recovery Desk</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>Trocar de usuário</translation>
    </message>
    <message>
        <source>Recovery Desk is locked</source>
        <translation>O Recovery Desk está bloqueado</translation>
    </message>
    <message>
        <source>Locked after a while without use. Sign in to go back to where you were.</source>
        <translation>Bloqueado após um tempo sem uso. Entre para voltar ao ponto onde estava.</translation>
    </message>
    <message>
        <source>Choose your name and type your password.</source>
        <translation>Escolha seu nome e digite sua senha.</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuário:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Senha:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nova senha:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repita:</translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation>Mensagem de entrada</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Entrar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sa&amp;ir</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>%1 has no password on this desk yet: choose one (at least %2 characters).</source>
        <translation>%1 ainda não tem senha neste posto: escolha uma (pelo menos %2 caracteres).</translation>
    </message>
    <message>
        <source>Too many failed tries: wait %1 seconds.</source>
        <translation>Tentativas falhadas demais: aguarde %1 segundos.</translation>
    </message>
    <message>
        <source>You may try again.</source>
        <translation>Pode tentar de novo.</translation>
    </message>
    <message>
        <source>The two passwords differ: type them again.</source>
        <translation>As duas senhas são diferentes: digite-as de novo.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>wrong password for %1</source>
        <translation>senha errada de %1</translation>
    </message>
    <message>
        <source>too many failed tries: wait %1 seconds and try again</source>
        <translation>tentativas falhadas demais: aguarde %1 segundos e tente de novo</translation>
    </message>
    <message>
        <source>%1 has no password on this desk yet: a supervisor sets one (Catalogue → Users)</source>
        <translation>%1 ainda não tem senha neste posto: um supervisor define uma (Catálogo → Usuários)</translation>
    </message>
    <message>
        <source>%1 has no password on this desk yet: choose one to sign in</source>
        <translation>%1 ainda não tem senha neste posto: escolha uma para entrar</translation>
    </message>
    <message>
        <source>a password has at least %1 characters</source>
        <translation>a senha precisa de pelo menos %1 caracteres</translation>
    </message>
    <message>
        <source>%1 is deactivated and cannot sign in</source>
        <translation>%1 está desativado e não pode entrar</translation>
    </message>
    <message>
        <source>the user does not exist</source>
        <translation>o usuário não existe</translation>
    </message>
    <message>
        <source>only a supervisor sets another user&apos;s password</source>
        <translation>só um supervisor define a senha de outro usuário</translation>
    </message>
    <message>
        <source>only the password of a desk&apos;s only supervisor can be recovered</source>
        <translation>só se recupera a senha do único supervisor do posto</translation>
    </message>
    <message>
        <source>the period ends before it starts</source>
        <translation>o período termina antes de começar</translation>
    </message>
</context>
</TS>
