<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>DailyPurge</name>
    <message>
        <source>Retention: personal data of %1 customers and the notes of %2 calls erased; %3 old backups removed</source>
        <translation>Retenção: dados pessoais de %1 clientes e as anotações de %2 ligações apagados; %3 cópias de segurança antigas removidas</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase personal data</source>
        <translation>Apagar dados pessoais</translation>
    </message>
    <message>
        <source>What will be erased</source>
        <translation>O que será apagado</translation>
    </message>
    <message>
        <source>Counting what is held about this customer…</source>
        <translation>Contando o que está guardado sobre este cliente…</translation>
    </message>
    <message>
        <source>Request reference</source>
        <translation>Referência da solicitação</translation>
    </message>
    <message>
        <source>The data subject&apos;s request, e.g. LGPD-2026-014</source>
        <translation>A solicitação do titular, p. ex. LGPD-2026-014</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation>&amp;Apagar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Request reference:</source>
        <translation>&amp;Referência da solicitação:</translation>
    </message>
    <message>
        <source>This customer&apos;s personal data was already erased: nothing to do.</source>
        <translation>Os dados pessoais deste cliente já foram apagados: nada a fazer.</translation>
    </message>
    <message>
        <source>Erasing removes, on this desk now, and at the centre and on every other desk at their next sync:</source>
        <translation>Apagar remove, agora neste posto, e na central e em todos os outros postos na próxima sincronização de cada um:</translation>
    </message>
    <message>
        <source>the name, code, phone, e-mail and notes of %1</source>
        <translation>o nome, código, telefone, e-mail e observações de %1</translation>
    </message>
    <message>
        <source>the customer&apos;s own words, read-back and step notes in %1 calls</source>
        <translation>as palavras do próprio cliente, a confirmação lida e as anotações das etapas em %1 ligações</translation>
    </message>
    <message>
        <source>the text of %1 promises</source>
        <translation>o texto de %1 promessas</translation>
    </message>
    <message>
        <source>the notes of %1 call-backs, %2 care reviews and %3 health indicators</source>
        <translation>as anotações de %1 retornos, %2 revisões de cuidado e %3 indicadores de saúde</translation>
    </message>
    <message>
        <source>%1 coaching notes about their calls</source>
        <translation>%1 notas de orientação sobre as ligações</translation>
    </message>
    <message>
        <source>Kept under the pseudonym %1: reasons, revenue, dates and outcomes, so every report&apos;s totals stay the same. This cannot be undone.</source>
        <translation>Mantidos sob o pseudônimo %1: motivos, receita, datas e resultados, para que os totais de todos os relatórios continuem os mesmos. Isto não pode ser desfeito.</translation>
    </message>
</context>
<context>
    <name>PersonalData</name>
    <message>
        <source>Customer: export personal data</source>
        <translation>Cliente: exportar dados pessoais</translation>
    </message>
    <message>
        <source>Customer: erase personal data</source>
        <translation>Cliente: apagar dados pessoais</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Não foi possível gravar o arquivo: %1</translation>
    </message>
    <message>
        <source>Something went wrong; see the log file.</source>
        <translation>Algo deu errado; veja o arquivo de log.</translation>
    </message>
</context>
<context>
    <name>PersonalDataActions</name>
    <message>
        <source>E&amp;xport personal data…</source>
        <translation>E&amp;xportar dados pessoais…</translation>
    </message>
    <message>
        <source>Everything held about this customer, as a JSON file (%1)</source>
        <translation>Tudo o que está guardado sobre este cliente, num arquivo JSON (%1)</translation>
    </message>
    <message>
        <source>Erase &amp;personal data…</source>
        <translation>Apagar dados &amp;pessoais…</translation>
    </message>
    <message>
        <source>Erase this customer&apos;s personal data on request (%1)</source>
        <translation>Apagar os dados pessoais deste cliente a pedido do titular (%1)</translation>
    </message>
    <message>
        <source>Personal data erased: the customer is now %1.</source>
        <translation>Dados pessoais apagados: o cliente agora é %1.</translation>
    </message>
    <message>
        <source>Export personal data</source>
        <translation>Exportar dados pessoais</translation>
    </message>
    <message>
        <source>JSON file (*.json)</source>
        <translation>Arquivo JSON (*.json)</translation>
    </message>
    <message>
        <source>%1 records written to %2</source>
        <translation>%1 registros gravados em %2</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>no customer has this code</source>
        <translation>nenhum cliente tem este código</translation>
    </message>
    <message>
        <source>the request reference is longer than 100</source>
        <translation>a referência da solicitação tem mais de 100 caracteres</translation>
    </message>
    <message>
        <source>a retention period must be between 0 and %1</source>
        <translation>o período de retenção deve estar entre 0 e %1</translation>
    </message>
</context>
</TS>
