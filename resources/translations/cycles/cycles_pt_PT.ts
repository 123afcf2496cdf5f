<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_PT">
<context>
    <name>AssignmentsModel</name>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Monthly revenue</source>
        <translation>Receita mensal</translation>
    </message>
    <message>
        <source>Departed on</source>
        <translation>Data de saída</translation>
    </message>
    <message>
        <source>Days since</source>
        <translation>Dias</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridade</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentativas</translation>
    </message>
    <message>
        <source>Last outcome</source>
        <translation>Último resultado</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Sem responsável</translation>
    </message>
</context>
<context>
    <name>AssignmentsPanel</name>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Pessoa</translation>
    </message>
    <message>
        <source>Drag customers onto a person</source>
        <translation>Arraste clientes para uma pessoa</translation>
    </message>
    <message>
        <source>People to drop customers on</source>
        <translation>Pessoas para onde arrastar clientes</translation>
    </message>
    <message>
        <source>Agent or executive to assign to</source>
        <translation>Agente ou executivo a quem atribuir</translation>
    </message>
    <message>
        <source>Assignments of the cycle</source>
        <translation>Atribuições do ciclo</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Sem responsável</translation>
    </message>
</context>
<context>
    <name>CycleFormWidget</name>
    <message>
        <source>Na&amp;me</source>
        <translation>No&amp;me</translation>
    </message>
    <message>
        <source>Cycle name</source>
        <translation>Nome do ciclo</translation>
    </message>
    <message>
        <source>Period &amp;from</source>
        <translation>Período d&amp;e</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Início do período</translation>
    </message>
    <message>
        <source>Period &amp;to</source>
        <translation>Período &amp;até</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Fim do período</translation>
    </message>
    <message>
        <source>&amp;Departed within (days)</source>
        <translation>Saída nos últimos (&amp;dias)</translation>
    </message>
    <message>
        <source>Departed within days</source>
        <translation>Saída nos últimos dias</translation>
    </message>
    <message>
        <source>Revenue m&amp;inimum</source>
        <translation>Receita mín&amp;ima</translation>
    </message>
    <message>
        <source>Minimum monthly revenue</source>
        <translation>Receita mensal mínima</translation>
    </message>
    <message>
        <source>Revenue ma&amp;ximum</source>
        <translation>Receita má&amp;xima</translation>
    </message>
    <message>
        <source>Maximum monthly revenue</source>
        <translation>Receita mensal máxima</translation>
    </message>
    <message>
        <source>Currency &amp;of the band</source>
        <translation>M&amp;oeda da faixa</translation>
    </message>
    <message>
        <source>Currency of the revenue band</source>
        <translation>Moeda da faixa de receita</translation>
    </message>
    <message>
        <source>Se&amp;gments</source>
        <translation>Se&amp;gmentos</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmentos</translation>
    </message>
    <message>
        <source>Reg&amp;ions</source>
        <translation>Reg&amp;iões</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regiões</translation>
    </message>
    <message>
        <source>Known reason &amp;categories</source>
        <translation>&amp;Categorias de motivo conhecido</translation>
    </message>
    <message>
        <source>Reason categories</source>
        <translation>Categorias de motivo</translation>
    </message>
    <message>
        <source>Exclude won &amp;back</source>
        <translation>Excluir &amp;recuperados</translation>
    </message>
    <message>
        <source>Exclude customers won back</source>
        <translation>Excluir clientes recuperados</translation>
    </message>
    <message>
        <source>Exclude do-not-ca&amp;ll</source>
        <translation>Excluir &amp;não contactar</translation>
    </message>
    <message>
        <source>Exclude do-not-call customers</source>
        <translation>Excluir clientes que não querem chamadas</translation>
    </message>
    <message>
        <source>&amp;Not contacted in the last (days)</source>
        <translation>&amp;Não contactado nos últimos (dias)</translation>
    </message>
    <message>
        <source>Not contacted in the last days</source>
        <translation>Não contactados nos últimos dias</translation>
    </message>
    <message>
        <source>Re&amp;venue weight</source>
        <translation>Peso da recei&amp;ta</translation>
    </message>
    <message>
        <source>Revenue weight</source>
        <translation>Peso da receita</translation>
    </message>
    <message>
        <source>Recency w&amp;eight</source>
        <translation>Peso da r&amp;ecência</translation>
    </message>
    <message>
        <source>Recency weight</source>
        <translation>Peso da recência</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Qualquer</translation>
    </message>
    <message>
        <source>The band keeps customers billed in this currency: amounts in different currencies are never compared</source>
        <translation>A faixa mantém os clientes faturados nesta moeda: valores em moedas diferentes nunca são comparados</translation>
    </message>
    <message>
        <source>Priority weights</source>
        <translation>Pesos da prioridade</translation>
    </message>
    <message>
        <source>Customers each rule keeps</source>
        <translation>Clientes que cada regra mantém</translation>
    </message>
    <message>
        <source>Selection funnel</source>
        <translation>Funil de seleção</translation>
    </message>
    <message>
        <source>Customers each rule keeps: could not be computed (see the log)</source>
        <translation>Clientes que cada regra mantém: não foi possível calcular (consulte o registo)</translation>
    </message>
</context>
<context>
    <name>CyclePanel</name>
    <message>
        <source>Working</source>
        <translation>A processar</translation>
    </message>
    <message>
        <source>New cycle</source>
        <translation>Novo ciclo</translation>
    </message>
    <message>
        <source>%1 (closed)</source>
        <translation>%1 (fechado)</translation>
    </message>
    <message>
        <source>Assigned %1 · contacted %2 · reached %3 · won back %4 · recovery rate %5 · recovered monthly revenue %6</source>
        <translation>Atribuídos %1 · contactados %2 · atendidos %3 · recuperados %4 · taxa de recuperação %5 · receita mensal recuperada %6</translation>
    </message>
    <message>
        <source>Frozen figures: %1</source>
        <translation>Números congelados: %1</translation>
    </message>
</context>
<context>
    <name>CyclesModel</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Atribuídos</translation>
    </message>
    <message>
        <source>Recovery rate</source>
        <translation>Taxa de recuperação</translation>
    </message>
</context>
<context>
    <name>CyclesPage</name>
    <message>
        <source>Ne&amp;w cycle</source>
        <translation>Novo ci&amp;clo</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>C&amp;riar</translation>
    </message>
    <message>
        <source>&amp;Assign customers</source>
        <translation>&amp;Atribuir clientes</translation>
    </message>
    <message>
        <source>Assign to…</source>
        <translation>Atribuir a…</translation>
    </message>
    <message>
        <source>&amp;Unassign</source>
        <translation>&amp;Retirar atribuição</translation>
    </message>
    <message>
        <source>Close c&amp;ycle</source>
        <translation>Fechar c&amp;iclo</translation>
    </message>
    <message>
        <source>Rescue cycles</source>
        <translation>Ciclos de resgate</translation>
    </message>
    <message>
        <source>Cycle created.</source>
        <translation>Ciclo criado.</translation>
    </message>
    <message>
        <source>Rules saved.</source>
        <translation>Regras guardadas.</translation>
    </message>
    <message>
        <source>Assigned %1 customers: %2 to executives, %3 to agents.</source>
        <translation>%1 clientes atribuídos: %2 a executivos, %3 a agentes.</translation>
    </message>
    <message>
        <source>Select the customers first.</source>
        <translation>Selecione primeiro os clientes.</translation>
    </message>
    <message>
        <source>%1 customers changed.</source>
        <translation>%1 clientes alterados.</translation>
    </message>
    <message>
        <source>Close cycle</source>
        <translation>Fechar ciclo</translation>
    </message>
    <message>
        <source>Close the cycle “%1”? Its figures will be frozen.</source>
        <translation>Fechar o ciclo “%1”? Os seus números ficarão congelados.</translation>
    </message>
    <message>
        <source>Cycle closed.</source>
        <translation>Ciclo fechado.</translation>
    </message>
    <message>
        <source>The action failed; details are in the log.</source>
        <translation>A ação falhou; os detalhes estão no registo.</translation>
    </message>
</context>
<context>
    <name>DepartedModel</name>
    <message>
        <source>Period</source>
        <translation>Período</translation>
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
        <source>Customers with unknown revenue</source>
        <translation>Clientes com receita desconhecida</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moeda</translation>
    </message>
    <message>
        <source>Unknown date</source>
        <translation>Data desconhecida</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>%1.º trim. %2</translation>
    </message>
</context>
<context>
    <name>DepartedPage</name>
    <message>
        <source>&amp;Group by</source>
        <translation>A&amp;grupar por</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mês</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>&amp;Segment</source>
        <translation>&amp;Segmento</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Região</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;De</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>A&amp;té</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Qualquer</translation>
    </message>
    <message>
        <source>&amp;Copy table</source>
        <translation>&amp;Copiar tabela</translation>
    </message>
    <message>
        <source>Copy table</source>
        <translation>Copiar tabela</translation>
    </message>
    <message>
        <source>Copy the table for a spreadsheet (Ctrl+Shift+C)</source>
        <translation>Copiar a tabela para uma folha de cálculo (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Group by month or quarter</source>
        <translation>Agrupar por mês ou trimestre</translation>
    </message>
    <message>
        <source>Segment filter</source>
        <translation>Filtro de segmento</translation>
    </message>
    <message>
        <source>Region filter</source>
        <translation>Filtro de região</translation>
    </message>
    <message>
        <source>Departed from</source>
        <translation>Saída a partir de</translation>
    </message>
    <message>
        <source>Departed until</source>
        <translation>Saída até</translation>
    </message>
    <message>
        <source>Departed customers per period</source>
        <translation>Clientes que saíram por período</translation>
    </message>
    <message>
        <source>Chart of lost revenue per period</source>
        <translation>Gráfico da receita perdida por período</translation>
    </message>
    <message>
        <source>Lost monthly revenue and departed customers</source>
        <translation>Receita mensal perdida e clientes que saíram</translation>
    </message>
    <message>
        <source>The figures could not be loaded; the details are in the log.</source>
        <translation>Não foi possível carregar os números; os detalhes estão no registo.</translation>
    </message>
    <message>
        <source>%1 customers left, %2 of monthly revenue</source>
        <translation>%1 clientes saíram, %2 de receita mensal</translation>
    </message>
    <message>
        <source>Lost monthly revenue and departed customers billed in %1</source>
        <translation>Receita mensal perdida e clientes que saíram, faturados em %1</translation>
    </message>
    <message>
        <source>Lost monthly revenue</source>
        <translation>Receita mensal perdida</translation>
    </message>
    <message>
        <source>Departed customers</source>
        <translation>Clientes que saíram</translation>
    </message>
    <message>
        <source>Lost monthly revenue (%1)</source>
        <translation>Receita mensal perdida (%1)</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>All departed customers</source>
        <translation>Todos os clientes que saíram</translation>
    </message>
    <message>
        <source>Departed recently enough</source>
        <translation>Saída suficientemente recente</translation>
    </message>
    <message>
        <source>In the revenue band</source>
        <translation>Na faixa de receita</translation>
    </message>
    <message>
        <source>In the chosen segments</source>
        <translation>Nos segmentos escolhidos</translation>
    </message>
    <message>
        <source>In the chosen regions</source>
        <translation>Nas regiões escolhidas</translation>
    </message>
    <message>
        <source>With a known reason of the chosen categories</source>
        <translation>Com motivo conhecido das categorias escolhidas</translation>
    </message>
    <message>
        <source>Not already won back</source>
        <translation>Ainda não recuperados</translation>
    </message>
    <message>
        <source>Not marked do-not-call</source>
        <translation>Sem marcação de não contactar</translation>
    </message>
    <message>
        <source>Not contacted recently</source>
        <translation>Não contactados recentemente</translation>
    </message>
    <message>
        <source>a cycle needs a name</source>
        <translation>o ciclo precisa de um nome</translation>
    </message>
    <message>
        <source>the period ends before it starts</source>
        <translation>o período termina antes de começar</translation>
    </message>
    <message>
        <source>weights cannot be negative</source>
        <translation>os pesos não podem ser negativos</translation>
    </message>
    <message>
        <source>a cycle named &apos;%1&apos; already exists</source>
        <translation>já existe um ciclo chamado &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown cycle</source>
        <translation>ciclo desconhecido</translation>
    </message>
    <message>
        <source>no cycle named &apos;%1&apos;</source>
        <translation>nenhum ciclo chamado &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cycle &apos;%1&apos; is closed: its figures are frozen</source>
        <translation>o ciclo &apos;%1&apos; está fechado: os seus números estão congelados</translation>
    </message>
    <message>
        <source>no active person named %1</source>
        <translation>nenhuma pessoa ativa chamada %1</translation>
    </message>
    <message>
        <source>there is no active agent or executive to assign to</source>
        <translation>não há operador ou executivo ativo a quem atribuir clientes</translation>
    </message>
    <message>
        <source>choose an active agent or executive</source>
        <translation>escolha um operador ou executivo ativo</translation>
    </message>
</context>
</TS>
