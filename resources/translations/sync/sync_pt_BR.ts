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
        <source>&amp;History</source>
        <translation>&amp;Histórico</translation>
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
    <name>SyncProblems</name>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <source>Won by</source>
        <translation>Prevaleceu</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Overruled value</source>
        <translation>Valor descartado</translation>
    </message>
    <message>
        <source>Value now</source>
        <translation>Valor atual</translation>
    </message>
    <message>
        <source>Changes not sent</source>
        <translation>Alterações não enviadas</translation>
    </message>
    <message>
        <source>Received rows waiting</source>
        <translation>Linhas recebidas aguardando</translation>
    </message>
    <message>
        <source>Overruled values</source>
        <translation>Valores descartados</translation>
    </message>
    <message>
        <source>&amp;Not sent</source>
        <translation>&amp;Não enviadas</translation>
    </message>
    <message>
        <source>&amp;Waiting</source>
        <translation>&amp;Aguardando</translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation>&amp;Conflitos</translation>
    </message>
    <message>
        <source>&amp;Not sent (%1)</source>
        <translation>&amp;Não enviadas (%1)</translation>
    </message>
    <message>
        <source>&amp;Waiting (%1)</source>
        <translation>&amp;Aguardando (%1)</translation>
    </message>
    <message>
        <source>&amp;Conflicts (%1)</source>
        <translation>&amp;Conflitos (%1)</translation>
    </message>
    <message>
        <source>Every change made here is sent or waits to be sent.</source>
        <translation>Todas as alterações feitas aqui foram enviadas ou aguardam envio.</translation>
    </message>
    <message>
        <source>No received row waits.</source>
        <translation>Nenhuma linha recebida está aguardando.</translation>
    </message>
    <message>
        <source>Values that another change overruled (the change that reached the centre later wins), newest first.</source>
        <translation>Valores descartados por outra alteração (prevalece a que chegou depois à central), dos mais recentes aos mais antigos.</translation>
    </message>
    <message>
        <source>No overruled values.</source>
        <translation>Nenhum valor descartado.</translation>
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
    <name>SyncTexts</name>
    <message>
        <source>users</source>
        <translation>usuários</translation>
    </message>
    <message>
        <source>reason categories</source>
        <translation>categorias de motivos</translation>
    </message>
    <message>
        <source>reasons</source>
        <translation>motivos</translation>
    </message>
    <message>
        <source>offers</source>
        <translation>ofertas</translation>
    </message>
    <message>
        <source>scripts</source>
        <translation>roteiros</translation>
    </message>
    <message>
        <source>phrases</source>
        <translation>frases</translation>
    </message>
    <message>
        <source>cycles</source>
        <translation>ciclos</translation>
    </message>
    <message>
        <source>assignments</source>
        <translation>atribuições</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>clientes</translation>
    </message>
    <message>
        <source>coaching notes</source>
        <translation>notas de coaching</translation>
    </message>
    <message>
        <source>calls</source>
        <translation>chamadas</translation>
    </message>
    <message>
        <source>call steps</source>
        <translation>etapas de chamadas</translation>
    </message>
    <message>
        <source>call reasons</source>
        <translation>motivos das chamadas</translation>
    </message>
    <message>
        <source>offers made</source>
        <translation>ofertas feitas</translation>
    </message>
    <message>
        <source>promises</source>
        <translation>promessas</translation>
    </message>
    <message>
        <source>call-backs</source>
        <translation>retornos</translation>
    </message>
    <message>
        <source>care reviews</source>
        <translation>revisões de acompanhamento</translation>
    </message>
    <message>
        <source>audit log</source>
        <translation>registro de auditoria</translation>
    </message>
    <message>
        <source>health events</source>
        <translation>eventos de saúde</translation>
    </message>
    <message>
        <source>made here by another user: this desk&apos;s centre login may not send it</source>
        <translation>feitas aqui por outro usuário: o login da central deste computador não pode enviá-las</translation>
    </message>
    <message>
        <source>another person&apos;s record at the centre: this login may not change it</source>
        <translation>registro de outra pessoa na central: este login não pode alterá-lo</translation>
    </message>
    <message>
        <source>this desk&apos;s centre login (%1) may not change %2</source>
        <translation>o login da central deste computador (%1) não pode alterar %2</translation>
    </message>
    <message>
        <source>waits for %1 %2 (field %3), which this desk cannot read yet</source>
        <translation>aguarda %1 %2 (campo %3), que este computador ainda não pode ler</translation>
    </message>
    <message>
        <source>%1: %2 rows since %3: %4</source>
        <translation>%1: %2 linhas desde %3: %4</translation>
    </message>
    <message>
        <source>%1: 1 row since %3: %4</source>
        <translation>%1: 1 linha desde %3: %4</translation>
    </message>
    <message>
        <source>%1: %2 changes: %3</source>
        <translation>%1: %2 alterações: %3</translation>
    </message>
    <message>
        <source>%1: 1 change: %3</source>
        <translation>%1: 1 alteração: %3</translation>
    </message>
    <message>
        <source>1 received row waits</source>
        <translation>1 linha recebida aguarda</translation>
    </message>
    <message>
        <source>%1 received rows wait</source>
        <translation>%1 linhas recebidas aguardam</translation>
    </message>
    <message>
        <source>1 change not sent</source>
        <translation>1 alteração não enviada</translation>
    </message>
    <message>
        <source>%1 changes not sent</source>
        <translation>%1 alterações não enviadas</translation>
    </message>
    <message>
        <source>1 row received from the centre waits for a record this desk cannot read yet; it is kept and tried again at every sync.</source>
        <translation>1 linha recebida da central aguarda um registro que este computador ainda não pode ler; ela fica guardada e é tentada de novo a cada sincronização.</translation>
    </message>
    <message>
        <source>%1 rows received from the centre wait for a record this desk cannot read yet; they are kept and tried again at every sync.</source>
        <translation>%1 linhas recebidas da central aguardam um registro que este computador ainda não pode ler; elas ficam guardadas e são tentadas de novo a cada sincronização.</translation>
    </message>
    <message>
        <source>Changes made here that the centre will never take from this desk&apos;s login are kept aside and not sent again (%1):</source>
        <translation>As alterações feitas aqui que a central nunca aceitará do login deste computador ficam guardadas à parte e não são enviadas de novo (%1):</translation>
    </message>
    <message>
        <source>This desk now works as %1 (%2), the user of its centre login</source>
        <translation>Este computador agora trabalha como %1 (%2), o usuário do seu login da central</translation>
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
        <source>Sync status</source>
        <translation>Estado da sincronização</translation>
    </message>
</context>
<context>
    <name>SyncWorker</name>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>Click for the sync details.</source>
        <translation>Clique para ver os detalhes da sincronização.</translation>
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
