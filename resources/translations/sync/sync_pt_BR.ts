<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
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
        <translation>Não foi possível ler o histórico de sincronização; os detalhes estão no log.</translation>
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
        <translation>Banco de dados central</translation>
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
        <translation>&amp;Banco de dados:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuário:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Se&amp;nha:</translation>
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
        <translation>T&amp;estar conexão</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Testar conexão</translation>
    </message>
    <message>
        <source>Connect with these settings (Alt+E)</source>
        <translation>Conectar com estas configurações (Alt+E)</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Resultado do teste de conexão</translation>
    </message>
    <message>
        <source>The saved settings could not be read; the details are in the log.</source>
        <translation>Não foi possível ler as configurações salvas; os detalhes estão no log.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Conectado a %1</translation>
    </message>
</context>
<context>
    <name>SyncUi</name>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configurações…</translation>
    </message>
    <message>
        <source>Central database settings (Ctrl+,)</source>
        <translation>Configurações do banco de dados central (Ctrl+,)</translation>
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
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 aguardando</translation>
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
        <translation>nenhum chaveiro disponível</translation>
    </message>
</context>
</TS>
