<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_PT">
<context>
    <name>SyncDetailsDialog</name>
    <message>
        <source>Sync details</source>
        <translation>Detalhes da sincronização</translation>
    </message>
    <message>
        <source>Last sync attempts</source>
        <translation>Últimas tentativas de sincronização</translation>
    </message>
    <message>
        <source>The sync history could not be read; the details are in the log.</source>
        <translation>Não foi possível ler o histórico de sincronização; os detalhes estão no registo.</translation>
    </message>
    <message>
        <source>%1: %2 sent, %3 received</source>
        <translation>%1: %2 enviados, %3 recebidos</translation>
    </message>
    <message>
        <source>%1: failed: %2</source>
        <translation>%1: falhou: %2</translation>
    </message>
    <message>
        <source>No sync yet</source>
        <translation>Nenhuma sincronização ainda</translation>
    </message>
</context>
<context>
    <name>SyncSettingsDialog</name>
    <message>
        <source>Central database</source>
        <translation>Base de dados central</translation>
    </message>
    <message>
        <source>&amp;Host (empty: this computer only):</source>
        <translation>&amp;Servidor (vazio: só este computador):</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Porta:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de dados:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilizador:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pala&amp;vra-passe:</translation>
    </message>
    <message>
        <source>&amp;TLS mode:</source>
        <translation>Modo &amp;TLS:</translation>
    </message>
    <message>
        <source>&amp;Root certificate:</source>
        <translation>Certificado &amp;raiz:</translation>
    </message>
    <message>
        <source>T&amp;est connection</source>
        <translation>T&amp;estar ligação</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Testar ligação</translation>
    </message>
    <message>
        <source>Connect with these settings (Alt+E)</source>
        <translation>Ligar com estas definições (Alt+E)</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Resultado do teste de ligação</translation>
    </message>
    <message>
        <source>The saved settings could not be read; the details are in the log.</source>
        <translation>Não foi possível ler as definições guardadas; os detalhes estão no registo.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>A ligar…</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Ligado a %1</translation>
    </message>
</context>
<context>
    <name>SyncUi</name>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Definições…</translation>
    </message>
    <message>
        <source>Central database settings (Ctrl+,)</source>
        <translation>Definições da base de dados central (Ctrl+,)</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Sincronizar &amp;agora</translation>
    </message>
    <message>
        <source>Send and receive changes now (F5)</source>
        <translation>Enviar e receber alterações agora (F5)</translation>
    </message>
    <message>
        <source>Sync &amp;details…</source>
        <translation>&amp;Detalhes da sincronização…</translation>
    </message>
    <message>
        <source>Click for the last sync attempts</source>
        <translation>Clique para ver as últimas tentativas de sincronização</translation>
    </message>
</context>
<context>
    <name>SyncWorker</name>
    <message>
        <source>Syncing…</source>
        <translation>A sincronizar…</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 em espera</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Ainda não sincronizado</translation>
    </message>
    <message>
        <source>Synced just now</source>
        <translation>Sincronizado agora mesmo</translation>
    </message>
    <message>
        <source>Synced %1 min ago</source>
        <translation>Sincronizado há %1 min</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <source>no keyring available</source>
        <translation>nenhum porta-chaves disponível</translation>
    </message>
</context>
</TS>
