<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_PT">
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export reason log</source>
        <translation>Exportar registo de motivos</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Livro do Excel (.xlsx)</translation>
    </message>
    <message>
        <source>CSV (.csv)</source>
        <translation>CSV (.csv)</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Formato do ficheiro</translation>
    </message>
    <message>
        <source>&amp;Pseudonymise (no names, no verbatims; customers and agents hashed)</source>
        <translation>&amp;Pseudonimizar (sem nomes nem verbatims; clientes e agentes codificados)</translation>
    </message>
    <message>
        <source>Pseudonymise</source>
        <translation>Pseudonimizar</translation>
    </message>
    <message>
        <source>&amp;Keep the customers&apos; own words (verbatims)</source>
        <translation>&amp;Manter as palavras dos próprios clientes (verbatims)</translation>
    </message>
    <message>
        <source>Keep the verbatims</source>
        <translation>Manter os verbatims</translation>
    </message>
    <message>
        <source>Verbatims are free text and may identify people: the file is then not fully pseudonymised, and its column says so.</source>
        <translation>Os verbatims são texto livre e podem identificar pessoas: o ficheiro deixa de estar totalmente pseudonimizado, e a coluna indica-o.</translation>
    </message>
    <message>
        <source>Verbatims warning</source>
        <translation>Aviso sobre os verbatims</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Ficheiro</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Procurar…</translation>
    </message>
    <message>
        <source>Browse for the file</source>
        <translation>Procurar o ficheiro</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>F&amp;icheiro:</translation>
    </message>
    <message>
        <source>Filters:</source>
        <translation>Filtros:</translation>
    </message>
</context>
<context>
    <name>FiltersWidget</name>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Até:</translation>
    </message>
    <message>
        <source>Se&amp;gment:</source>
        <translation>Se&amp;gmento:</translation>
    </message>
    <message>
        <source>Cyc&amp;le:</source>
        <translation>Cic&amp;lo:</translation>
    </message>
    <message>
        <source>R&amp;egion:</source>
        <translation>R&amp;egião:</translation>
    </message>
    <message>
        <source>Age&amp;nt:</source>
        <translation>Age&amp;nte:</translation>
    </message>
    <message>
        <source>Departed from</source>
        <translation>Saída desde</translation>
    </message>
    <message>
        <source>Departed until</source>
        <translation>Saída até</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Ciclo</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Região</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>any</source>
        <translation>qualquer</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>Departure reasons (Pareto)</source>
        <translation>Motivos de saída (Pareto)</translation>
    </message>
    <message>
        <source>%1% of lost revenue: no known reason</source>
        <translation>%1% da receita perdida sem motivo conhecido</translation>
    </message>
    <message>
        <source>%1% of customers: no known reason</source>
        <translation>%1% dos clientes sem motivo conhecido</translation>
    </message>
    <message>
        <source>Lost monthly revenue</source>
        <translation>Receita mensal perdida</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Others (%1)</source>
        <translation>Outros (%1)</translation>
    </message>
    <message>
        <source>customers billed in %1</source>
        <translation>clientes faturados em %1</translation>
    </message>
    <message>
        <source>Cumulative share of all lost revenue</source>
        <translation>Quota acumulada de toda a receita perdida</translation>
    </message>
    <message>
        <source>Cumulative share of all customers</source>
        <translation>Quota acumulada de todos os clientes</translation>
    </message>
    <message>
        <source>Pareto chart of departure reasons</source>
        <translation>Gráfico de Pareto dos motivos de saída</translation>
    </message>
    <message>
        <source>%1: %2 (%3% of the total, cumulative)</source>
        <translation>%1: %2 (%3% do total, acumulado)</translation>
    </message>
    <message>
        <source>Recovery rate by cycle</source>
        <translation>Taxa de recuperação por ciclo</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agentes</translation>
    </message>
    <message>
        <source>Executives</source>
        <translation>Executivos</translation>
    </message>
    <message>
        <source>Reference band (10–30%)</source>
        <translation>Faixa de referência (10–30%)</translation>
    </message>
    <message>
        <source>Recovery rate by cycle chart</source>
        <translation>Gráfico da taxa de recuperação por ciclo</translation>
    </message>
</context>
<context>
    <name>ReportModels</name>
    <message>
        <source>(no known reason)</source>
        <translation>(motivo desconhecido)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Lost monthly revenue</source>
        <translation>Receita mensal perdida</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Quota</translation>
    </message>
    <message>
        <source>Cumulative share</source>
        <translation>Quota acumulada</translation>
    </message>
    <message>
        <source>Executives</source>
        <translation>Executivos</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agentes</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Ciclo</translation>
    </message>
    <message>
        <source>Calls by</source>
        <translation>Chamadas de</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Contactados</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Alcançados</translation>
    </message>
    <message>
        <source>Won back</source>
        <translation>Reconquistados</translation>
    </message>
    <message>
        <source>Recovery rate</source>
        <translation>Taxa de recuperação</translation>
    </message>
    <message>
        <source>Reference band</source>
        <translation>Faixa de referência</translation>
    </message>
    <message>
        <source>Recovered monthly revenue</source>
        <translation>Receita mensal recuperada</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Oferta</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Feitas</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceitas</translation>
    </message>
    <message>
        <source>Acceptance rate</source>
        <translation>Taxa de aceitação</translation>
    </message>
    <message>
        <source>Cost (approved)</source>
        <translation>Custo (aprovado)</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>A aguardar aprovação</translation>
    </message>
    <message>
        <source>Cost if approved</source>
        <translation>Custo se for aprovado</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>Promessas</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Quantidade</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Chamadas</translation>
    </message>
    <message>
        <source>Average time</source>
        <translation>Tempo médio</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Respect</source>
        <translation>Respeito</translation>
    </message>
    <message>
        <source>Solutions</source>
        <translation>Soluções</translation>
    </message>
    <message>
        <source>Simplicity</source>
        <translation>Simplicidade</translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation>Responsabilidade</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversas</translation>
    </message>
</context>
<context>
    <name>ReportSaving</name>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagem PNG (*.png)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Ficheiro CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Relatórios</translation>
    </message>
    <message>
        <source>E&amp;xport reason log…</source>
        <translation>E&amp;xportar registo de motivos…</translation>
    </message>
    <message>
        <source>Export reason log</source>
        <translation>Exportar registo de motivos</translation>
    </message>
    <message>
        <source>Export the reason log (Ctrl+Shift+E)</source>
        <translation>Exportar o registo de motivos (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Kept on time</source>
        <translation>Cumpridas no prazo</translation>
    </message>
    <message>
        <source>Kept late</source>
        <translation>Cumpridas com atraso</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Em aberto</translation>
    </message>
    <message>
        <source>Open and overdue</source>
        <translation>Em aberto e em atraso</translation>
    </message>
    <message>
        <source>The report failed: %1</source>
        <translation>O relatório falhou: %1</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Guardar gráfico</translation>
    </message>
    <message>
        <source>Save table</source>
        <translation>Guardar tabela</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Cannot save: %1</source>
        <translation>Não foi possível guardar: %1</translation>
    </message>
    <message>
        <source>Exporting the reason log…</source>
        <translation>A exportar o registo de motivos…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Reasons</source>
        <translation>&amp;Motivos</translation>
    </message>
    <message>
        <source>C&amp;ycles</source>
        <translation>C&amp;iclos</translation>
    </message>
    <message>
        <source>&amp;Offers &amp;&amp; promises</source>
        <translation>&amp;Ofertas e promessas</translation>
    </message>
    <message>
        <source>&amp;Calls</source>
        <translation>C&amp;hamadas</translation>
    </message>
    <message>
        <source>Report tabs</source>
        <translation>Separadores do relatório</translation>
    </message>
    <message>
        <source>By n&amp;umber of customers</source>
        <translation>Por n&amp;úmero de clientes</translation>
    </message>
    <message>
        <source>Rank by number of customers</source>
        <translation>Ordenar por número de clientes</translation>
    </message>
    <message>
        <source>By c&amp;ategory</source>
        <translation>Por c&amp;ategoria</translation>
    </message>
    <message>
        <source>Group by category</source>
        <translation>Agrupar por categoria</translation>
    </message>
    <message>
        <source>Save chart…</source>
        <translation>Guardar gráfico…</translation>
    </message>
    <message>
        <source>Save table…</source>
        <translation>Guardar tabela…</translation>
    </message>
    <message>
        <source>Reasons table</source>
        <translation>Tabela de motivos</translation>
    </message>
    <message>
        <source>Cycles table</source>
        <translation>Tabela de ciclos</translation>
    </message>
    <message>
        <source>Offers table</source>
        <translation>Tabela de ofertas</translation>
    </message>
    <message>
        <source>Promises table</source>
        <translation>Tabela de promessas</translation>
    </message>
    <message>
        <source>Step times table</source>
        <translation>Tabela de tempo por etapa</translation>
    </message>
    <message>
        <source>Four expectations table</source>
        <translation>Tabela das quatro expetativas</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>%1: the folder does not exist</source>
        <translation>%1: a pasta não existe</translation>
    </message>
    <message>
        <source>%1 is a symbolic link: choose the file itself, links are not followed</source>
        <translation>%1 é uma ligação simbólica: escolha o próprio ficheiro, as ligações não são seguidas</translation>
    </message>
    <message>
        <source>%1 is a folder: choose a file name</source>
        <translation>%1 é uma pasta: escolha um nome de ficheiro</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device or a pipe)</source>
        <translation>%1 não é um ficheiro normal (é um dispositivo ou um pipe)</translation>
    </message>
    <message>
        <source>%1: the name is %2 bytes long; this folder allows at most %3</source>
        <translation>%1: o nome tem %2 bytes; esta pasta permite no máximo %3</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>não é possível escrever %1: %2</translation>
    </message>
    <message>
        <source>%1 was not exported: the audit log could not record it (%2)</source>
        <translation>%1 não foi exportado: o registo de auditoria não o conseguiu anotar (%2)</translation>
    </message>
</context>
</TS>
